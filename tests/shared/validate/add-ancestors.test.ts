import fc from 'fast-check';
import { parentCodeOf, parentCodes } from '../../../shared/criteria/walk';
import { addAncestors } from '../../../shared/validate/add-ancestors';

describe('collecting the parents of a sheet\'s codes', () => {
  test('gives parentCodes\' set, and each code\'s parent, in any order of codes', () => {
    const code = fc.array(fc.constantFrom('1', '2', '3', '10', '', '1.'), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('.'));
    fc.assert(fc.property(fc.array(code, { maxLength: 40 }), (codes) => {
      const parents = new Set<string>();
      let last: string | undefined;
      for (const c of codes) {
        last = addAncestors(parents, c, last);
        expect(last).toBe(parentCodeOf(c));
      }
      expect([...parents].sort()).toEqual([...parentCodes(codes)].sort());
    }), { numRuns: 3000 });
  });
});

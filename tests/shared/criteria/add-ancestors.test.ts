import fc from 'fast-check';
import { addAncestors, parentCodeOf, parentCodes } from '../../../shared/criteria/walk';

/** Every code a code lies under, by definition: each prefix ending before a dot. */
function ancestorsOf(codes: readonly string[]): Set<string> {
  const all = new Set<string>();
  for (const code of codes) for (let p = parentCodeOf(code); p !== undefined; p = parentCodeOf(p)) all.add(p);
  return all;
}

describe('collecting the parents of a sheet\'s codes', () => {
  test('gives every ancestor, and each code\'s parent, in any order of codes', () => {
    const code = fc.array(fc.constantFrom('1', '2', '3', '10', '', '1.'), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('.'));
    fc.assert(fc.property(fc.array(code, { maxLength: 40 }), (codes) => {
      const parents = new Set<string>();
      let last: string | undefined;
      for (const c of codes) {
        last = addAncestors(parents, c, last);
        expect(last).toBe(parentCodeOf(c));
      }
      expect([...parents].sort()).toEqual([...ancestorsOf(codes)].sort());
      expect([...parentCodes(codes)]).toEqual([...ancestorsOf(codes)]);
    }), { numRuns: 3000 });
  });
});

import { NOT_APPLICABLE_MARK, isNotApplicableMark } from '../../../shared/scoring/not-applicable';

describe('the KĐG mark', () => {
  test('ignores case and nothing else', () => {
    expect(['KĐG', 'kđg', 'Kđg', 'kĐG'].map(isNotApplicableMark)).toEqual([true, true, true, true]);
    expect(['KĐG ', ' KĐG', 'KDG', 'KÐG', 'K', '', 'KĐGG', 2, null].map(isNotApplicableMark))
      .toEqual([false, false, false, false, false, false, false, false, false]);
  });

  test('the early answers rest on two facts of upper-casing, true of every code point', () => {
    // isNotApplicableMark answers no without upper-casing a text longer than the mark, or one opening
    // with other than k or K: sound only while upper-casing never shortens and only k and K give a K.
    const shorter: number[] = [];
    const openK: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      const upper = c.toLocaleUpperCase('vi');
      if (upper.length < c.length) shorter.push(cp);
      if (upper.startsWith(NOT_APPLICABLE_MARK.charAt(0))) openK.push(cp);
    }
    expect(shorter).toEqual([]);
    expect(openK).toEqual([0x4b, 0x6b]);
  });
});

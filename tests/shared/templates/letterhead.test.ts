import { issuingBody, issuerName } from '../../../shared/templates/letterhead';

describe('the letterhead of Nghị định 30', () => {
  test('the issuing body\'s two lines, for each level and for a named unit', () => {
    expect(issuingBody({ year: 2026, unit: 'huyện Vĩnh Linh' })).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN VĨNH LINH']);
    expect(issuingBody({ year: 2026, unit: 'UBND xã Triệu Sơn' })).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ TRIỆU SƠN']);
    expect(issuingBody({ year: 2026, unit: 'Sở Nội vụ', province: 'Quảng Trị' })).toEqual(['UBND TỈNH QUẢNG TRỊ', 'SỞ NỘI VỤ']);
    expect(issuingBody({ year: 2026, level: 'huyen' })).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN ……………']);
    expect(issuingBody({ year: 2026 })).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ ……………']);
    expect(issuerName({ year: 2026, unit: 'huyện Vĩnh Linh' })).toBe('UBND huyện Vĩnh Linh');
  });
});

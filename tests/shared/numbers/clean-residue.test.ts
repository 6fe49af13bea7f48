import { cleanResidue, hasResidue } from '../../../shared';
import { seedTable } from '../../helpers/seeds';

describe('cleanResidue', () => {
  test.each([
    ['<p>Đã ban hành Kế hoạch</p> <p>Đề nghị đơn vị</p>', 'Đã ban hành Kế hoạch Đề nghị đơn vị'],
    ['<ul style="list-style-type: none"> - Phòng Nội vụ chủ trì', '- Phòng Nội vụ chủ trì'],
    ['<b>I</b>', 'I'],
    ['Các cơ quan chuyên môn thuộc huyện <sup>(3)</sup>, UBND các xã', 'Các cơ quan chuyên môn thuộc huyện (3), UBND các xã'],
    ['thuộc huyện<sup>4</sup>', 'thuộc huyện (4)'],
    ['$325/408=79.66\\%$', '325/408=79.66%'],
    ['$(8/112)*1=0,07$', '(8/112)*1=0,07'],
    ['$\\frac{10}{29}$', '10/29'],
    ['**70,37%**', '70,37%'],
    ['70,37\u00a0%', '70,37 %'],
    ['dòng một\r\n\r\ndòng hai', 'dòng một dòng hai'],
    ['a &amp; b &nbsp;c', 'a & b c'],
    ['Chi phí $5 và 10$', 'Chi phí 5 và 10'],
  ])('%s', (dirty, clean) => {
    expect(cleanResidue(dirty)).toBe(clean);
  });

  test('decomposed Vietnamese (from some PDFs) comes out composed', () => {
    expect(cleanResidue('Tho\u0302\u0301ng nha\u0302\u0301t')).toBe('Thống nhất');
  });

  test('keeps paragraph and list breaks for the clean-up command', () => {
    expect(cleanResidue('<p>Một</p><p>Hai</p><ul><li>a</li><li>b</li></ul>', { keepLineBreaks: true })).toBe('Một\nHai\n- a\n- b');
  });

  test('seed 003 opinions: HTML and LaTeX residue found and removed without losing words', () => {
    const rows = seedTable('003', 'STT\tLĨNH VỰC');
    const dirty = rows.filter((r) => hasResidue(r[6] ?? '') || hasResidue(r[7] ?? '')).map((r) => r[0]);
    expect(dirty).toEqual(expect.arrayContaining(['1.2', '1.5.2', '1.5.3', '1.6', '3.4', '3.11.1', '3.12.1', '3.12.2', '3.12.3']));
    const row152 = rows.find((r) => r[0] === '1.5.2')?.[6] ?? '';
    expect(cleanResidue(row152, { keepLineBreaks: true })).toBe(
      'Đã ban hành Kế hoạch khắc phục và báo cáo kết quả thực hiện đến thời điểm đánh giá CCHC 6/12/2023. Tạm tính 9/14 vấn đề đã khắc phục và 6/14 chưa ht.\n' +
      'Đề nghị đơn vị tích cực triển khai các nhiệm vụ theo Kế hoạch đảm bảo khắc phục 100% trong năm 2023.',
    );
  });
});

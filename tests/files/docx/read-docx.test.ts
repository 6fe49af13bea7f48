import { DocxError, MAX_TABLE_COLUMNS, readDocx } from '../../../files/docx';
import { storedZip } from '../../helpers/zip';
import { p, rawDocx, tbl, tc, tr } from './raw-docx';

const errorOf = (bytes: Uint8Array): DocxError => {
  try {
    readDocx(bytes);
  } catch (e) {
    if (e instanceof DocxError) return e;
    throw e;
  }
  throw new Error('read without an error');
};

describe('readDocx (files/docx)', () => {
  test('paragraphs and a table in order; gridSpan and vMerge laid out as a sheet reports merges', () => {
    const body = p('PHỤ LỤC') + tbl(
      tr(tc(p('STT')), tc(p('Điểm'), '<w:gridSpan w:val="2"/>')),
      tr(tc(p('1'), '<w:vMerge w:val="restart"/>'), tc(p('tối đa')), tc(p('tự chấm'))),
      tr(tc('', '<w:vMerge/>'), tc(p('2')), tc(p(''))),
    ) + p('Sau bảng');
    expect(readDocx(rawDocx(body))).toEqual([
      { kind: 'paragraph', text: 'PHỤ LỤC' },
      { kind: 'table', rows: [['STT', 'Điểm', null], ['1', 'tối đa', 'tự chấm'], [null, '2', null]], notes: [] },
      { kind: 'paragraph', text: 'Sau bảng' },
    ]);
  });

  test('tracked changes read as accepted: deletions and moved-away text are not there, insertions and moved-to text are', () => {
    const body = '<w:p>'
      + '<w:r><w:t>Ban hành </w:t></w:r>'
      + '<w:del w:id="1" w:author="A"><w:r><w:delText>chậm</w:delText></w:r></w:del>'
      + '<w:ins w:id="2" w:author="A"><w:r><w:t>đúng hạn</w:t></w:r></w:ins>'
      + '</w:p>'
      + '<w:moveFrom w:id="3" w:author="A"><w:p><w:r><w:t>- Ban hành chậm: 1 điểm</w:t></w:r></w:p></w:moveFrom>'
      + '<w:p><w:moveFrom w:id="4" w:author="A"><w:r><w:t>cũ </w:t></w:r></w:moveFrom><w:moveTo w:id="5" w:author="A"><w:r><w:t>mới</w:t></w:r></w:moveTo></w:p>'
      + tbl(
        tr(tc(p('giữ'))),
        '<w:tr><w:trPr><w:del w:id="6" w:author="A"/></w:trPr><w:tc><w:p><w:del w:id="7" w:author="A"><w:r><w:delText>dòng đã xoá</w:delText></w:r></w:del></w:p></w:tc></w:tr>',
        tr(tc('<w:p><w:ins w:id="8" w:author="A"><w:r><w:t>dòng thêm</w:t></w:r></w:ins></w:p>')),
      );
    expect(readDocx(rawDocx(body))).toEqual([
      { kind: 'paragraph', text: 'Ban hành đúng hạn' },
      { kind: 'paragraph', text: 'mới' },
      { kind: 'table', rows: [['giữ'], ['dòng thêm']], notes: [] },
    ]);
  });

  test('comments, CDATA and processing instructions are XML the parser knows: CDATA is text, the others leave nothing', () => {
    const body = '<!-- ghi chú của người soạn --><?mso-pi giá trị?>'
      + '<w:p><w:r><w:t><![CDATA[Điểm < 5 & > 0]]></w:t></w:r><!-- x --><w:r><w:t>&amp; hết</w:t></w:r></w:p>';
    expect(readDocx(rawDocx(body, { prolog: '<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Word.Document"?>' })))
      .toEqual([{ kind: 'paragraph', text: 'Điểm < 5 & > 0& hết' }]);
  });

  test('a footnote or endnote referenced in a cell comes with its text, at that cell; Word\'s separator notes are not notes', () => {
    const body = tbl(
      tr(tc(p('TT')), tc(p('Nội dung')), tc(p('Điểm'))),
      tr(tc(p('1')), tc('<w:p><w:r><w:t>Chất lượng công việc</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'), tc('<w:p><w:r><w:t>5</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>')),
    );
    const footnotes = '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Điểm = A / B x 100% x 5</w:t></w:r></w:p><w:p><w:r><w:t>Trong đó A là số việc hoàn thành.</w:t></w:r></w:p></w:footnote>';
    const endnotes = '<w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>Theo Kế hoạch số 12/KH-UBND.</w:t></w:r></w:p></w:endnote>';
    const [table] = readDocx(rawDocx(body, { footnotes, endnotes }));
    expect(table).toEqual({
      kind: 'table',
      rows: [['TT', 'Nội dung', 'Điểm'], ['1', 'Chất lượng công việc', '5']],
      notes: [
        { row: 1, column: 1, kind: 'footnote', text: 'Điểm = A / B x 100% x 5\nTrong đó A là số việc hoàn thành.' },
        { row: 1, column: 2, kind: 'endnote', text: 'Theo Kế hoạch số 12/KH-UBND.' },
      ],
    });
  });

  test('the main document is the one the package relationships name', () => {
    expect(readDocx(rawDocx(p('ở chỗ khác'), { documentPath: 'noi-dung/chinh.xml' }))).toEqual([{ kind: 'paragraph', text: 'ở chỗ khác' }]);
  });

  test('a DOCTYPE (the entity bomb\'s door) is refused in Vietnamese naming the part, before any entity is expanded', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">'
      + Array.from({ length: 10 }, (_, i) => `<!ENTITY b${i} "${`&${i === 0 ? 'a' : `b${i - 1}`};`.repeat(10)}">`).join('') + ']>';
    const e = errorOf(rawDocx(`<w:p><w:r><w:t>&b9;</w:t></w:r></w:p>`, { prolog: bomb }));
    expect(e.detail).toEqual({ code: 'xml_doctype', part: 'word/document.xml' });
    expect(e.vi).toBe('phần word/document.xml có khai báo DOCTYPE, điều mà tệp Word không bao giờ có; tệp bị từ chối để an toàn');
  });

  test('XML that is not well-formed is one Vietnamese message with its line, and nothing is printed', () => {
    const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const warned = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const logged = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const e = errorOf(rawDocx('<w:p><w:r><w:t>không đóng</w:r></w:p>'));
      expect(e.detail.code).toBe('xml_invalid');
      expect(e.vi).toBe('phần word/document.xml bị hỏng: nội dung XML không hợp lệ ở dòng 1');
      expect(errorOf(rawDocx('<w:p><w:r><w:t>&khongco;</w:t></w:r></w:p>')).detail.code).toBe('xml_invalid');
      expect([printed.mock.calls, warned.mock.calls, logged.mock.calls]).toEqual([[], [], []]);
    } finally {
      printed.mockRestore(); warned.mockRestore(); logged.mockRestore();
    }
  });

  test('a gridSpan of 2 000 000 000 in a small file is refused naming the table and row, never laid out', () => {
    const bytes = rawDocx(tbl(tr(tc(p('STT')), tc(p('Nội dung'))), tr(tc(p('1')), tc(p('x'), '<w:gridSpan w:val="2000000000"/>'))));
    expect(bytes.length).toBeLessThan(11_000);
    const e = errorOf(bytes);
    expect(e.detail).toEqual({ code: 'table_too_wide', part: 'word/document.xml', table: 1, row: 2, limit: MAX_TABLE_COLUMNS, found: 2_000_000_001 });
    expect(e.vi).toBe('bảng thứ 1, dòng 2 (phần word/document.xml) trải ra 2000000001 cột; Word chỉ cho tối đa 63 cột');
    // A span Word itself could make is laid out.
    expect(readDocx(rawDocx(tbl(tr(tc(p('a'), '<w:gridSpan w:val="63"/>'))))))
      .toEqual([{ kind: 'table', rows: [['a', ...Array.from({ length: 62 }, () => null)]], notes: [] }]);
  });

  test('not a zip, or a zip without the document: a Vietnamese reason', () => {
    expect(errorOf(new TextEncoder().encode('không phải tệp Word')).vi).toBe('tệp không phải là tệp Word .docx (không mở được như một tệp nén)');
    expect(errorOf(storedZip([{ name: 'khac.txt', data: 'x' }])).vi).toBe('thiếu phần word/document.xml');
  });

  test('elements nested beyond any Word part are refused, not walked', () => {
    const deep = `${'<w:hyperlink>'.repeat(300)}<w:r><w:t>x</w:t></w:r>${'</w:hyperlink>'.repeat(300)}`;
    expect(errorOf(rawDocx(`<w:p>${deep}</w:p>`)).detail.code).toBe('xml_too_deep');
  });
});

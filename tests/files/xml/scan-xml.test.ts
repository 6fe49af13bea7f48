import { FileProblem } from '../../../files/file-problem';
import { scanXml } from '../../../files/xml/scan-xml';
import { parseXmlTree } from '../../../files/xml/xml-tree';
import { decodeXml, encodeXml } from '../../../files/xml/xml-bytes';
import { withAttribute } from '../../../files/xml/xml-text';

const source = { file: 'a.xlsx', part: 'xl/workbook.xml' };

describe('XML parts are parsed, not pattern-matched', () => {
  test('markup inside comments, CDATA and processing instructions is text, and positions are exact', () => {
    const xml = '<?xml version="1.0"?><w xmlns="urn:x"><!-- <sheet name="Ghi chú"/> --><?pi </w> <sheet/>?><![CDATA[<sheet name="x"/>]]><sheet name="A&amp;B"/><s>t</s></w>';
    const root = parseXmlTree(xml, source);
    expect(root.children.map((c) => c.name)).toEqual(['sheet', 's']);
    const [sheet, s] = root.children;
    expect(xml.slice(sheet?.start, sheet?.end)).toBe('<sheet name="A&amp;B"/>');
    expect(sheet?.attributes.name?.value).toBe('A&B');
    expect(xml.slice(s?.start, s?.end)).toBe('<s>t</s>');
    expect(xml.slice(s?.openEnd, s?.closeStart)).toBe('t');
    expect(root.text).toBe('<sheet name="x"/>');
  });

  test('a DOCTYPE (the entity-expansion bomb) is refused with a message naming file and part', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><l>&b;</l>';
    expect(() => scanXml(bomb, {}, source)).toThrow(FileProblem);
    try {
      scanXml(bomb, {}, source);
    } catch (e) {
      expect((e as FileProblem).vi).toBe('Tệp "a.xlsx": phần "xl/workbook.xml" có khai báo DOCTYPE, điều tệp Office không bao giờ có; công cụ không đọc tệp này.');
    }
  });

  test('malformed XML is one Vietnamese message, not the parser\'s English', () => {
    try {
      scanXml('<a><b></a>', {}, source);
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(FileProblem);
      expect((e as FileProblem).vi).toMatch(/^Tệp "a.xlsx" bị hỏng: phần "xl\/workbook.xml" không phải XML hợp lệ \(dòng 1, cột \d+/);
    }
  });

  test('UTF-16 parts (with or without a byte order mark) decode, and are written back as UTF-8 saying so', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><a>Điểm</a>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeXml(le)).toBe(text);
    expect(decodeXml(Buffer.from(text, 'utf16le'))).toBe(text);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeXml(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
    expect(Buffer.from(encodeXml(text)).toString('utf8')).toBe('<?xml version="1.0" encoding="UTF-8"?><a>Điểm</a>');
  });

  test('setting an attribute lexes the tag: a value that looks like an attribute is left alone', () => {
    expect(withAttribute('<c v=\' r="A1"\' r="B2">', 'r', 'C3')).toBe('<c v=\' r="A1"\' r="C3">');
    expect(withAttribute('<c s="1"/>', 'r', 'A1')).toBe('<c s="1" r="A1"/>');
    expect(withAttribute('<row r="1" spans="1:3">', 'spans', undefined)).toBe('<row r="1">');
  });
});

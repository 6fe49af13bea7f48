import { dropCachedResults } from '../../../files/xlsx/cached-results';

describe('dropCachedResults', () => {
  test('formula cells lose their cached result and its type; values stay', () => {
    const xml = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
      + '<c r="A1" s="2"><f>B1*2</f><v>999</v></c><c r="B1"><v>3</v></c><c r="C1" t="str"><f>"a"&amp;B1</f><v>a3</v></c>'
      + '<c r="D1" t="s"><v>0</v></c><c r="E1"><f t="shared" si="0"/><v>1</v></c></row></sheetData></worksheet>';
    expect(dropCachedResults(xml)).toBe('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
      + '<c r="A1" s="2"><f>B1*2</f></c><c r="B1"><v>3</v></c><c r="C1"><f>"a"&amp;B1</f></c>'
      + '<c r="D1" t="s"><v>0</v></c><c r="E1"><f t="shared" si="0"/></c></row></sheetData></worksheet>');
  });

  test('a sheet without formulas is returned as it was', () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
    expect(dropCachedResults(xml)).toBe(xml);
  });
});

import vm from 'node:vm';
import { FUNCTION_DOCS } from '../../shared';
import { gasFile, loadGasBundle } from '../helpers/gas-bundle';

describe('dist/gas/Code.js as Apps Script loads it', () => {
  const code = gasFile('Code.js');

  test('defines onOpen and the five functions as top-level functions', () => {
    const { g } = loadGasBundle();
    for (const name of ['onOpen', 'onInstall', 'showSidebar', 'CCHC_SCORE', 'CCHC_DEDUCTION', 'CCHC_INDEX', 'CCHC_PERCENT', 'CCHC_MET']) {
      expect([name, typeof g[name]]).toEqual([name, 'function']);
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  test('onOpen builds the CCHC menu', () => {
    const { app, g } = loadGasBundle();
    g.onOpen?.();
    expect(app.menus).toEqual([{ title: 'CCHC', items: [
      ['Chèn mẫu phụ lục…', 'menuInsertTemplate'], ['Kiểm tra số liệu', 'menuCheck'], ['Tính điểm', 'menuScore'],
      ['Làm sạch văn bản', 'menuClean'], ['Mở bảng CCHC', 'showSidebar'],
    ] }]);
    for (const [, fn] of app.menus[0]?.items ?? []) expect([fn, typeof loadGasBundle().g[fn]]).toEqual([fn, 'function']);
  });

  test('the functions answer SPEC §5\'s examples on single values and on ranges', () => {
    const { g } = loadGasBundle();
    expect(g.CCHC_SCORE?.(1, 8, 112)).toBe(0.07);
    expect(g.CCHC_SCORE?.(0.5, 325, 408)).toBe(0.4);
    expect(g.CCHC_PERCENT?.('92,8%')).toBe(0.928);
    expect(g.CCHC_INDEX?.([[55.59]], [[79]])).toBe(0.7037);
    expect(g.CCHC_DEDUCTION?.(2, 0.85)).toBe(-1.15);
    expect(g.CCHC_MET?.(0.725, 'Tối thiểu 80%')).toBe(false);
    expect(g.CCHC_SCORE?.([[1], [0.5]], [[8], [325]], [[112], [408]])).toEqual([[0.07], [0.4]]);
    expect(g.CCHC_PERCENT?.([['92,8%'], ['5,35%'], ['']])).toEqual([[0.928], [0.0535], ['Lỗi: "(trống)" ở ô này phải là một số.']]);
    expect(g.CCHC_MET?.([[0.725], [0.95]], 'Tối thiểu 80%')).toEqual([[false], [true]]);
  });

  test('validating a criteria set runs with code generation forbidden', () => {
    const { g } = loadGasBundle();
    const r = g.importSetJson?.(JSON.stringify({ id: 'x', name: 'x', province: 'x', level: 'xa', year: 2025, decision: 'x', rounding: 'half-up', scale: [{ label: 'A', min: 0 }], areas: [{ code: '1', name: 'A', max: 1 }] })) as { ok: boolean };
    expect(r.ok).toBe(true);
  });

  test('bad input throws an error with a Vietnamese message', () => {
    const { g } = loadGasBundle();
    expect(() => g.CCHC_PERCENT?.('8O%')).toThrow('"8O%" không phải là số: có ký tự lạ lẫn vào. Có phải là 80%?');
    expect(() => g.CCHC_SCORE?.(1, 8, 0)).toThrow('Mẫu số bằng 0');
  });

  test('keeps the @customfunction comments, one per function, with the core\'s descriptions', () => {
    expect(code.match(/@customfunction/g)).toHaveLength(5);
    for (const help of Object.values(FUNCTION_DOCS)) expect(code).toContain(help.description);
  });

  test('holds no eval, no import/export, and nothing that needs a browser or Node global', () => {
    expect(code).not.toMatch(/\beval\s*\(|new Function\s*\(/);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\s*\(|\bprocess\.|\bBuffer\b|\bwindow\.|\bdocument\.|\bsetTimeout\s*\(/);
    // Strict evaluation with every such global undefined must still define the functions.
    const context = vm.createContext({});
    expect(() => vm.runInContext(code, context)).not.toThrow();
  });
});

test('custom functions answer with an error naming the unreadable store when the document properties are refused, never the example set\'s points', () => {
  const { app, g } = loadGasBundle();
  app.rec.failOn = 'PropertiesService.getDocumentProperties';
  expect(() => g.CCHC_SCORE?.('3.12.1', 325, 408)).toThrow(/^Bộ chỉ số đã lưu "\?" không đọc được \(Google Sheets không cho đọc/);
  app.rec.failOn = undefined;
  expect(g.CCHC_SCORE?.('3.12.1', 325, 408)).toBe(0.4);
});

import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';
import { COMMAND_NAMES } from './command-names';

const ROOT = join(__dirname, '../..');
const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

function parse(xml: string): XmlElement {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  const root = doc.documentElement;
  if (!root) throw new Error('no root');
  return root as unknown as XmlElement;
}

const children = (e: XmlElement): XmlElement[] => Array.from(e.childNodes as unknown as ArrayLike<XmlElement>).filter((n) => n.nodeType === 1);
const child = (e: XmlElement, name: string): XmlElement => {
  const c = children(e).find((x) => x.localName === name);
  if (!c) throw new Error(`<${e.localName}> has no <${name}>`);
  return c;
};
const all = (e: XmlElement, name: string): XmlElement[] => Array.from(e.getElementsByTagNameNS('*', name) as unknown as ArrayLike<XmlElement>);

/** Checks what the official validator would, offline: it needs the network, so `npm run validate` stays for when there is one. */
function checkManifest(xml: string, base: string): void {
  const root = parse(xml);
  expect([root.localName, root.namespaceURI, root.getAttributeNS(NS.xsi, 'type')]).toEqual(['OfficeApp', NS.app, 'TaskPaneApp']);
  expect(child(root, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(child(root, 'Version').textContent).toMatch(/^\d+(\.\d+){0,3}$/);

  // Element order of OfficeApp (manifest-element-ordering).
  const order = ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
  const present = children(root).map((c) => c.localName);
  expect(present).toEqual(order.filter((n) => present.includes(n)));

  const vo = child(root, 'VersionOverrides');
  expect([vo.namespaceURI, vo.getAttributeNS(NS.xsi, 'type')]).toEqual([NS.ov, 'VersionOverridesV1_0']);
  const host = child(child(vo, 'Hosts'), 'Host');
  expect(children(host).map((c) => c.localName)).toEqual(['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
  expect(children(child(host, 'DesktopFormFactor')).map((c) => c.localName)).toEqual(['GetStarted', 'FunctionFile', 'ExtensionPoint']);

  // Every resid used is defined once, in the right list, within the length limits.
  const resources = child(vo, 'Resources');
  const defined = new Map<string, { kind: string; value: string }>();
  for (const [list, kind] of [['Images', 'image'], ['Urls', 'url'], ['ShortStrings', 'short'], ['LongStrings', 'long']] as const) {
    for (const item of children(child(resources, list))) {
      const id = item.getAttribute('id') ?? '';
      expect(defined.has(id)).toBe(false);
      expect(id.length).toBeLessThanOrEqual(32);
      defined.set(id, { kind, value: item.getAttribute('DefaultValue') ?? '' });
    }
  }
  const used = [...all(vo, '*')].filter((e) => e.hasAttribute('resid')).map((e) => [e.localName, e.getAttribute('resid') ?? ''] as const);
  for (const [element, resid] of used) {
    const d = defined.get(resid);
    expect([element, resid, d !== undefined]).toEqual([element, resid, true]);
    const want = element === 'Image' ? 'image' : element === 'SourceLocation' || element === 'Runtime' || element === 'FunctionFile' || element === 'LearnMoreUrl' ? 'url'
      : element === 'Description' ? 'long' : 'short';
    expect([resid, d?.kind]).toEqual([resid, want]);
  }
  for (const { kind, value } of defined.values()) {
    if (kind === 'short') expect(value.length).toBeLessThanOrEqual(125);
    if (kind === 'long') expect(value.length).toBeLessThanOrEqual(250);
    if (kind === 'url' || kind === 'image') expect(value.startsWith(base)).toBe(true);
  }
  for (const e of [child(root, 'IconUrl'), child(root, 'HighResolutionIconUrl'), child(child(root, 'DefaultSettings'), 'SourceLocation')]) {
    expect(e.getAttribute('DefaultValue')?.startsWith(base)).toBe(true);
  }

  // Shared runtime: one long-lived runtime, the same page for functions, commands and pane.
  const runtime = child(child(host, 'Runtimes'), 'Runtime');
  expect(runtime.getAttribute('lifetime')).toBe('long');
  const rid = runtime.getAttribute('resid');
  const cf = all(host, 'ExtensionPoint').find((e) => e.getAttributeNS(NS.xsi, 'type') === 'CustomFunctions');
  if (!cf) throw new Error('no CustomFunctions extension point');
  expect(child(child(cf, 'Page'), 'SourceLocation').getAttribute('resid')).toBe(rid);
  expect(child(child(host, 'DesktopFormFactor'), 'FunctionFile').getAttribute('resid')).toBe(rid);
  // One task pane for every control that opens one: "A shared runtime only supports the use of one task pane … any
  // task pane without a <TaskpaneID> is considered a different task pane"
  // (https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime); the same id
  // reuses one container (https://learn.microsoft.com/openspecs/office_file_formats/ms-owemxml/4b94ac5d-a8df-44f4-8433-81d43e35a2d7).
  const panes = all(host, 'Action').filter((a) => a.getAttributeNS(NS.xsi, 'type') === 'ShowTaskpane');
  expect(panes.length).toBeGreaterThanOrEqual(2);
  const paneIds = panes.map((a) => children(a).find((c) => c.localName === 'TaskpaneId')?.textContent?.trim());
  expect(paneIds).toEqual(panes.map(() => 'Office.AutoShowTaskpaneWithDocument'));
  // The schema's order: TaskpaneId before SourceLocation (https://learn.microsoft.com/javascript/api/manifest/action).
  for (const a of panes) expect(children(a).map((c) => c.localName).slice(0, 2)).toEqual(['TaskpaneId', 'SourceLocation']);
  expect(new Set(panes.map((a) => child(a, 'SourceLocation').getAttribute('resid')))).toEqual(new Set([rid]));
  // An Excel without the shared runtime (Office 2016/2019 volume licences) must still load the pane:
  // the base manifest asks for nothing it lacks, and the shared runtime gates only VersionOverrides
  // (https://learn.microsoft.com/javascript/api/manifest/requirements).
  const sets = all(child(root, 'Requirements'), 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
  expect(sets.map(([name]) => name)).not.toContain('SharedRuntime');
  expect(sets).toEqual([['ExcelApi', '1.1']]);
  expect(children(vo).map((c) => c.localName)).toEqual(['Requirements', 'Hosts', 'Resources']);
  const voSets = all(child(vo, 'Requirements'), 'Set').map((s) => [s.namespaceURI, s.getAttribute('Name'), s.getAttribute('MinVersion')]);
  expect(voSets).toEqual([[NS.bt, 'SharedRuntime', '1.1']]);
  expect(defined.get(child(cf, 'Namespace').getAttribute('resid') ?? '')?.value).toBe('CCHC');
  expect(defined.get('Functions.Script.Url')?.value).toBe(`${base}taskpane.js`);
  expect(defined.get('Functions.Metadata.Url')?.value).toBe(`${base}functions.json`);

  // Ribbon: the five buttons in Vietnamese on the Home tab; each command is registered in code.
  const labels = all(host, 'Control').map((c) => defined.get(child(c, 'Label').getAttribute('resid') ?? '')?.value);
  expect(labels).toEqual(['Chèn mẫu phụ lục', 'Kiểm tra số liệu', 'Tính điểm', 'Làm sạch văn bản', 'Mở bảng CCHC']);
  expect(all(host, 'OfficeTab')[0]?.getAttribute('id')).toBe('TabHome');
  expect(all(host, 'FunctionName').map((f) => f.textContent).sort()).toEqual([...COMMAND_NAMES].sort());

  // Icon files exist where the manifest points.
  for (const { kind, value } of defined.values()) {
    if (kind === 'image') expect(existsSync(join(ROOT, 'dist/excel', value.slice(base.length)))).toBe(true);
  }
}

describe('manifest.xml, checked offline', () => {
  test('the source manifest and the built one for localhost', () => {
    checkManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), 'https://localhost:3000/');
    checkManifest(readFileSync(join(ROOT, 'dist/excel/manifest.xml'), 'utf8'), 'https://localhost:3000/');
    for (const file of ['taskpane.html', 'functions.json', 'taskpane.js']) expect(existsSync(join(ROOT, 'dist/excel', file))).toBe(true);
  });

  test('the check fails on a manifest that breaks the shared-runtime rules', () => {
    const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    expect(() => checkManifest(xml.replace('lifetime="long"', 'lifetime="short"'), 'https://localhost:3000/')).toThrow();
    expect(() => checkManifest(xml.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'), 'https://localhost:3000/')).toThrow();
    expect(() => checkManifest(xml.replace('<bt:String id="Check.Label"', '<bt:String id="Check.Labl"'), 'https://localhost:3000/')).toThrow();
    // A pane button without the shared id opens a second pane with its own runtime.
    const lastPane = xml.lastIndexOf('<TaskpaneId>');
    expect(() => checkManifest(xml.slice(0, lastPane) + xml.slice(xml.indexOf('</TaskpaneId>', lastPane) + '</TaskpaneId>'.length), 'https://localhost:3000/')).toThrow();
  });

  test('npm run build -- --env url=… writes the manifest for an own server', () => {
    const out = tempDir('cchc-manifest-');
    execFileSync(join(ROOT, 'node_modules/.bin/webpack'), ['--config-name', 'excel', '--env', 'url=https://cchc.soNoiVu.gov.vn/addin', '--output-path', out], {
      cwd: ROOT, stdio: 'pipe', timeout: 120_000,
      // webpack.config.js registers tsx, whose compile cache would otherwise stay in the run's temp directory.
      env: { ...process.env, TSX_DISABLE_CACHE: '1' },
    });
    const xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('https://cchc.soNoiVu.gov.vn/addin/taskpane.html');
    expect(xml).toContain('<AppDomain>https://cchc.soNoiVu.gov.vn/addin</AppDomain>');
  });
});

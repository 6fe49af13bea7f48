import JSZip from 'jszip';
import { posix } from 'node:path';
import { elements, prefixOf, readAttributes, withAttribute } from './xml-text';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  /** The whole `<Relationship …/>` element, to remove it. */
  readonly xml: string;
}

/**
 * An .xlsx package (an Open Packaging Conventions zip) opened for editing part by part. Parts we do
 * not change are written back with their original compressed bytes (JSZip reuses them), so charts,
 * images, comments, custom properties and anything we do not understand come out as they went in.
 */
export class WorkbookPackage {
  private constructor(private readonly zip: JSZip, readonly workbookPath: string) {}

  static async open(bytes: Uint8Array): Promise<WorkbookPackage> {
    const zip = await JSZip.loadAsync(bytes);
    const rootRels = await zip.file('_rels/.rels')?.async('string');
    const office = rootRels ? readRelationships(rootRels).find((r) => REL_OFFICE_DOCUMENT.test(r.type)) : undefined;
    const workbookPath = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
    return new WorkbookPackage(zip, workbookPath);
  }

  /** Every part name, as stored. */
  get partNames(): string[] {
    return Object.keys(this.zip.files).filter((name) => !this.zip.files[name]?.dir);
  }

  async text(part: string): Promise<string | undefined> {
    return this.file(part)?.async('string');
  }

  setText(part: string, text: string): void {
    this.zip.file(this.file(part)?.name ?? part, text);
  }

  remove(part: string): void {
    const file = this.file(part);
    if (file) this.zip.remove(file.name);
  }

  private file(part: string): JSZip.JSZipObject | undefined {
    return this.zip.file(part) ?? this.zip.file(new RegExp(`^${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'))[0] ?? undefined;
  }

  private get workbookRelsPath(): string {
    return posix.join(posix.dirname(this.workbookPath), '_rels', `${posix.basename(this.workbookPath)}.rels`);
  }

  private async workbookRelationships(): Promise<Relationship[]> {
    const rels = await this.text(this.workbookRelsPath);
    return rels ? readRelationships(rels) : [];
  }

  /** The part of the worksheet named `name` (names compare as Excel does, ignoring case). */
  async sheetPart(name: string): Promise<string | undefined> {
    const workbook = await this.text(this.workbookPath);
    if (!workbook) return undefined;
    const p = prefixOf(workbook, 'workbook');
    const rels = await this.workbookRelationships();
    for (const sheet of elements(workbook, `${p}sheet`)) {
      const a = readAttributes(sheet.open);
      if ((a.get('name') ?? '').toLocaleLowerCase('vi') !== name.toLocaleLowerCase('vi')) continue;
      const id = [...a].find(([key]) => /(^|:)id$/.test(key) && key !== 'sheetId')?.[1];
      const rel = rels.find((r) => r.id === id);
      return rel ? resolveTarget(posix.dirname(this.workbookPath), rel.target) : undefined;
    }
    return undefined;
  }

  /** The parts of every worksheet the workbook lists. */
  async sheetParts(): Promise<string[]> {
    const workbook = await this.text(this.workbookPath);
    if (!workbook) return [];
    const rels = await this.workbookRelationships();
    return [...elements(workbook, `${prefixOf(workbook, 'workbook')}sheet`)].flatMap((sheet) => {
      const id = [...readAttributes(sheet.open)].find(([key]) => /(^|:)id$/.test(key) && key !== 'sheetId')?.[1];
      const rel = rels.find((r) => r.id === id && r.type.endsWith('/worksheet'));
      return rel ? [resolveTarget(posix.dirname(this.workbookPath), rel.target)] : [];
    });
  }

  /** The part a workbook relationship of this kind ("styles", "calcChain") points to. */
  async workbookPartOfType(type: string): Promise<string | undefined> {
    const rel = (await this.workbookRelationships()).find((r) => r.type.endsWith(`/${type}`));
    return rel ? resolveTarget(posix.dirname(this.workbookPath), rel.target) : undefined;
  }

  /**
   * Makes Excel and LibreOffice compute every formula when the file opens: the calculation chain
   * (a cache of the order Excel last computed in) goes, with its relationship and content type, and
   * the workbook asks for a full calculation on load (ECMA-376 Part 1, §18.2.2 "calcPr").
   */
  async recalculateOnOpen(): Promise<void> {
    const rels = await this.workbookRelationships();
    const chain = rels.find((r) => r.type.endsWith('/calcChain'));
    if (chain) {
      const part = resolveTarget(posix.dirname(this.workbookPath), chain.target);
      this.remove(part);
      const relsXml = (await this.text(this.workbookRelsPath)) ?? '';
      this.setText(this.workbookRelsPath, relsXml.replace(chain.xml, ''));
      const types = await this.text('[Content_Types].xml');
      if (types) {
        const override = [...elements(types, `${prefixOf(types, 'Types')}Override`)].find((o) => readAttributes(o.open).get('PartName')?.replace(/^\//, '').toLowerCase() === part.toLowerCase());
        if (override) this.setText('[Content_Types].xml', types.slice(0, override.start) + types.slice(override.end));
      }
    }
    const workbook = await this.text(this.workbookPath);
    if (!workbook) return;
    const p = prefixOf(workbook, 'workbook');
    const calcPr = elements(workbook, `${p}calcPr`).next().value;
    if (calcPr) {
      this.setText(this.workbookPath, workbook.slice(0, calcPr.start) + withAttribute(calcPr.open, 'fullCalcOnLoad', '1') + (calcPr.empty ? '' : `${calcPr.inner}</${p}calcPr>`) + workbook.slice(calcPr.end));
      return;
    }
    // calcPr follows definedNames and comes before oleSize and the rest (ECMA-376 Part 1, §18.2.28 "workbook").
    const after = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];
    let at = workbook.lastIndexOf(`</${p}workbook>`);
    for (const name of after) {
      const found = elements(workbook, `${p}${name}`).next().value;
      if (found) {
        at = Math.min(at, found.start);
        break;
      }
    }
    if (at < 0) return;
    this.setText(this.workbookPath, `${workbook.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${workbook.slice(at)}`);
  }

  async toBuffer(): Promise<Buffer> {
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

function readRelationships(xml: string): Relationship[] {
  const p = prefixOf(xml, 'Relationships');
  return [...elements(xml, `${p}Relationship`)].map((e) => {
    const a = readAttributes(e.open);
    return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: a.get('Target') ?? '', xml: xml.slice(e.start, e.end) };
  });
}

/** A relationship's target as a part name: absolute ("/xl/…") or relative to the source part's folder. */
function resolveTarget(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(folder, target)).replace(/^\.\//, '');
}

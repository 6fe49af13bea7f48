import { FileProblem } from '../file-problem';
import { Budget, MAX_INFLATED_BYTES } from '../zip/budget';
import { ZipArchive } from '../zip/zip-archive';
import { CONTENT_TYPES, OFFICE_RELATIONSHIPS, PACKAGE_RELATIONSHIPS, SML } from '../xml/namespaces';
import { attribute, attributeNs } from '../xml/scan-xml';
import { decodeXml, encodeXml } from '../xml/xml-bytes';
import { escapeXml, withAttribute } from '../xml/xml-text';
import { childNamed, childrenNamed, parseXmlTree, type XmlElement } from '../xml/xml-tree';
import { folderOf, relationshipsPartOf, resolveTarget } from './part-names';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points to, resolved; undefined for an external target. */
  readonly part: string | undefined;
  readonly element: XmlElement;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  readonly name: string;
  readonly state: SheetState;
  /** The worksheet part; undefined for a chart sheet, dialog sheet or a sheet whose part is missing. */
  readonly part: string | undefined;
}

/** What a workbook is, by its main part's content type (ECMA-376 Part 1, §12.3.23 and the macro-enabled types Excel registers). */
export type WorkbookKind = 'xlsx' | 'xlsm' | 'xltx' | 'xltm';

const KIND_OF_TYPE: Readonly<Record<string, WorkbookKind>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'xlsx',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': 'xlsm',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': 'xltx',
  'application/vnd.ms-excel.template.macroEnabled.main+xml': 'xltm',
};
/** A template saved as a workbook keeps its macros or not, as Excel's "Save as" does: .xltx gives .xlsx, .xltm gives .xlsm. */
const WORKBOOK_TYPE_OF: Readonly<Record<WorkbookKind, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  xltm: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
};

const OFFICE_DOCUMENT_TYPES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
]);
const PACKAGE_NS = new Set([PACKAGE_RELATIONSHIPS]);
const TYPES_NS = new Set([CONTENT_TYPES]);

/**
 * An .xlsx package (an Open Packaging Conventions zip) opened for reading and editing part by part.
 * Parts are found through the package's relationships, whatever their names; their XML is parsed
 * (comments, CDATA and processing instructions are never taken for markup) and edited in place, so
 * everything we do not change is written back as it came, compressed bytes included.
 */
export class WorkbookPackage {
  private readonly replaced = new Map<string, Uint8Array>();
  private readonly removed = new Set<string>();
  private readonly texts = new Map<string, string>();
  private sheetList: SheetEntry[] | undefined;

  private constructor(readonly zip: ZipArchive, readonly file: string, readonly workbookPath: string) {}

  static open(bytes: Uint8Array, file: string, budget: Budget = new Budget(file, MAX_INFLATED_BYTES)): WorkbookPackage {
    const zip = ZipArchive.open(bytes, budget);
    const probe = new WorkbookPackage(zip, file, '');
    const rootRels = probe.relationshipsOf('');
    const office = rootRels.find((r) => OFFICE_DOCUMENT_TYPES.has(r.type) && r.part !== undefined);
    const workbookPath = office?.part ?? zip.find('xl/workbook.xml');
    if (!workbookPath || !zip.find(workbookPath)) {
      throw new FileProblem(`Tệp "${file}" không có sổ làm việc bên trong (không thấy phần chính của bảng tính). Hãy chọn đúng tệp .xlsx.`,
        `"${file}" holds no workbook (its main spreadsheet part is missing). Choose the .xlsx file.`);
    }
    return new WorkbookPackage(zip, file, zip.find(workbookPath) ?? workbookPath);
  }

  /** Every part name, as stored (folders left out). */
  get partNames(): string[] {
    return this.zip.names.filter((n) => !n.endsWith('/') && !this.removed.has(n.toLowerCase()));
  }

  has(part: string): boolean {
    return this.zip.find(part) !== undefined || this.replaced.has(part);
  }

  /** A part's text, decoded from UTF-8 or UTF-16 (what we set, once set). */
  text(part: string): string | undefined {
    const stored = this.zip.find(part) ?? part;
    const cached = this.texts.get(stored);
    if (cached !== undefined) return cached;
    const bytes = this.zip.read(stored);
    if (!bytes) return undefined;
    const text = decodeXml(bytes);
    this.texts.set(stored, text);
    return text;
  }

  /** A part as a parsed tree. */
  tree(part: string): XmlElement | undefined {
    const text = this.text(part);
    return text === undefined ? undefined : parseXmlTree(text, { file: this.file, part });
  }

  setText(part: string, text: string): void {
    const stored = this.zip.find(part) ?? part;
    this.texts.set(stored, text);
    this.replaced.set(stored, encodeXml(text));
  }

  remove(part: string): void {
    const stored = this.zip.find(part);
    if (!stored) return;
    this.removed.add(stored.toLowerCase());
    this.replaced.delete(stored);
    this.texts.delete(stored);
  }

  /** The relationships of a part ("" for the package's own). */
  relationshipsOf(part: string): Relationship[] {
    const relsPart = part === '' ? '_rels/.rels' : relationshipsPartOf(part);
    const root = this.zip.find(relsPart) ? this.tree(relsPart) : undefined;
    if (!root) return [];
    return childrenNamed(root, PACKAGE_NS, 'Relationship').map((element) => {
      const target = attribute(element, 'Target') ?? '';
      const external = attribute(element, 'TargetMode') === 'External';
      return { id: attribute(element, 'Id') ?? '', type: attribute(element, 'Type') ?? '', part: external ? undefined : resolveTarget(folderOf(part), target), element };
    });
  }

  private workbookTree(): XmlElement {
    const root = this.tree(this.workbookPath);
    if (!root || root.local !== 'workbook' || !SML.has(root.uri)) {
      throw new FileProblem(`Tệp "${this.file}" không phải sổ làm việc Excel (phần "${this.workbookPath}" không phải danh mục trang tính).`,
        `"${this.file}" is not an Excel workbook (part "${this.workbookPath}" is not a workbook).`);
    }
    return root;
  }

  /** The workbook's sheets in their order, with their visibility and parts. */
  sheets(): SheetEntry[] {
    if (this.sheetList) return this.sheetList;
    const rels = this.relationshipsOf(this.workbookPath);
    const sheets = childNamed(this.workbookTree(), SML, 'sheets');
    this.sheetList = (sheets ? childrenNamed(sheets, SML, 'sheet') : []).map((sheet) => {
      const id = attributeNs(sheet, OFFICE_RELATIONSHIPS, 'id');
      const rel = rels.find((r) => r.id === id);
      const state = attribute(sheet, 'state');
      const part = rel && rel.type.endsWith('/worksheet') && rel.part && this.zip.find(rel.part) ? this.zip.find(rel.part) : undefined;
      return { name: attribute(sheet, 'name') ?? '', state: state === 'hidden' || state === 'veryHidden' ? state : 'visible', part };
    });
    return this.sheetList;
  }

  /** The sheet the workbook opens on (bookViews' activeTab), when there is one. */
  activeSheet(): SheetEntry | undefined {
    const views = childNamed(this.workbookTree(), SML, 'bookViews');
    const view = views ? childNamed(views, SML, 'workbookView') : undefined;
    const index = Number(view ? attribute(view, 'activeTab') ?? 0 : 0);
    return this.sheets()[Number.isInteger(index) ? index : 0];
  }

  /** Whether serial days count from 1904 (workbookPr date1904). */
  date1904(): boolean {
    const pr = childNamed(this.workbookTree(), SML, 'workbookPr');
    const v = pr ? attribute(pr, 'date1904') : undefined;
    return v === '1' || v === 'true';
  }

  /** The part of the worksheet named `name` (names compare as Excel does, ignoring case). */
  sheetPart(name: string): string | undefined {
    const wanted = name.toLocaleLowerCase('vi');
    return this.sheets().find((s) => s.name.toLocaleLowerCase('vi') === wanted)?.part;
  }

  /** The parts of every worksheet the workbook lists. */
  sheetParts(): string[] {
    return this.sheets().flatMap((s) => (s.part ? [s.part] : []));
  }

  /** The part a workbook relationship of this kind ("styles", "sharedStrings", "calcChain") points to, when it exists. */
  workbookPartOfType(type: string): string | undefined {
    const rel = this.relationshipsOf(this.workbookPath).find((r) => r.type.endsWith(`/${type}`) && r.part !== undefined);
    return rel?.part ? this.zip.find(rel.part) : undefined;
  }

  private contentTypesPart(): string | undefined {
    return this.zip.find('[Content_Types].xml');
  }

  /** The workbook's kind, by its content type; an .xlsx when none says otherwise. */
  kind(): WorkbookKind {
    const part = this.contentTypesPart();
    const root = part ? this.tree(part) : undefined;
    if (!root) return 'xlsx';
    const name = `/${this.workbookPath}`.toLowerCase();
    const override = childrenNamed(root, TYPES_NS, 'Override').find((o) => (attribute(o, 'PartName') ?? '').toLowerCase() === name);
    return KIND_OF_TYPE[attribute(override ?? root, 'ContentType') ?? ''] ?? 'xlsx';
  }

  /** Gives a template the content type of the workbook it becomes when saved (Excel's "Save as .xlsx"). */
  saveTemplateAsWorkbook(): void {
    const kind = this.kind();
    if (kind !== 'xltx' && kind !== 'xltm') return;
    const part = this.contentTypesPart();
    const xml = part ? this.text(part) : undefined;
    const root = part ? this.tree(part) : undefined;
    if (!part || !xml || !root) return;
    const name = `/${this.workbookPath}`.toLowerCase();
    const override = childrenNamed(root, TYPES_NS, 'Override').find((o) => (attribute(o, 'PartName') ?? '').toLowerCase() === name);
    if (!override) return;
    const open = withAttribute(xml.slice(override.start, override.openEnd), 'ContentType', WORKBOOK_TYPE_OF[kind]);
    this.setText(part, xml.slice(0, override.start) + open + xml.slice(override.openEnd));
  }

  /** Removes one relationship of a part by its id. */
  private removeRelationship(part: string, id: string): void {
    const relsPart = relationshipsPartOf(part);
    const xml = this.text(relsPart);
    const rel = this.relationshipsOf(part).find((r) => r.id === id);
    if (xml === undefined || !rel) return;
    this.setText(relsPart, xml.slice(0, rel.element.start) + xml.slice(rel.element.end));
  }

  /**
   * Makes Excel and LibreOffice compute every formula when the file opens: the calculation chain
   * (a cache of the order Excel last computed in) goes, with its relationship and content type, and
   * the workbook asks for a full calculation on load (ECMA-376 Part 1, §18.2.2 "calcPr").
   */
  recalculateOnOpen(): void {
    const chain = this.relationshipsOf(this.workbookPath).find((r) => r.type.endsWith('/calcChain'));
    if (chain) {
      if (chain.part) this.remove(chain.part);
      this.removeRelationship(this.workbookPath, chain.id);
      const typesPart = this.contentTypesPart();
      const types = typesPart ? this.text(typesPart) : undefined;
      const root = typesPart ? this.tree(typesPart) : undefined;
      if (typesPart && types !== undefined && root && chain.part) {
        const name = `/${chain.part}`.toLowerCase();
        const override = childrenNamed(root, TYPES_NS, 'Override').find((o) => (attribute(o, 'PartName') ?? '').toLowerCase() === name);
        if (override) this.setText(typesPart, types.slice(0, override.start) + types.slice(override.end));
      }
    }
    const xml = this.text(this.workbookPath) ?? '';
    const root = this.workbookTree();
    const p = root.prefix ? `${root.prefix}:` : '';
    const calcPr = childNamed(root, SML, 'calcPr');
    if (calcPr) {
      this.setText(this.workbookPath, xml.slice(0, calcPr.start) + withAttribute(xml.slice(calcPr.start, calcPr.openEnd), 'fullCalcOnLoad', '1') + xml.slice(calcPr.openEnd));
      return;
    }
    // calcPr follows definedNames and comes before oleSize and the rest (ECMA-376 Part 1, §18.2.28 "workbook").
    const after = new Set(['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst']);
    const next = root.children.find((c) => after.has(c.local));
    const at = next ? next.start : root.closeStart;
    if (root.selfClosing) return;
    this.setText(this.workbookPath, `${xml.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`);
  }

  /** The package's bytes: unchanged parts as stored, changed ones deflated anew. */
  toBytes(): Uint8Array {
    return this.zip.rewrite(this.replaced, new Set([...this.removed]));
  }
}

export { escapeXml };

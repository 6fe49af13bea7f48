/**
 * Office.Settings as Microsoft documents it (https://learn.microsoft.com/javascript/api/office/office.settings):
 * each open copy of the add-in (one per co-author) holds an in-memory copy, loaded "when the add-in is
 * activated"; set/get touch only that copy; saveAsync writes it to the document; refreshAsync reads
 * the document's again. settingsChanged fires in the other co-authors' copies when one saves
 * (Excel on the web, co-authoring: https://learn.microsoft.com/javascript/api/office/office.settingschangedeventargs).
 */
export class FakeSettingsDocument {
  saved: Record<string, unknown> = {};
  readonly sessions: FakeSettings[] = [];
  /** A new co-author opens the workbook: their copy is what the document holds now. */
  open(): FakeSettings {
    const s = new FakeSettings(this);
    this.sessions.push(s);
    return s;
  }
}

type Done = (r: { status: string; error?: { message: string } }) => void;

export class FakeSettings {
  private memory: Record<string, unknown>;
  private readonly handlers: (() => void)[] = [];
  refreshes = 0;
  /** get throws, as a read Office refuses would. */
  failGet: string | undefined;
  constructor(private readonly doc: FakeSettingsDocument) {
    this.memory = structuredClone(doc.saved);
  }
  get(name: string): unknown {
    if (this.failGet) throw new Error(this.failGet);
    return this.memory[name] ?? null;
  }
  set(name: string, value: unknown): void { this.memory[name] = structuredClone(value); }
  remove(name: string): void { delete this.memory[name]; }
  saveAsync(done: Done): void {
    this.doc.saved = structuredClone(this.memory);
    done({ status: 'succeeded' });
    for (const other of this.doc.sessions) if (other !== this) other.handlers.forEach((h) => h());
  }
  refreshAsync(done: Done): void {
    this.refreshes++;
    this.memory = structuredClone(this.doc.saved);
    done({ status: 'succeeded' });
  }
  addHandlerAsync(_type: string, handler: () => void): void { this.handlers.push(handler); }
}

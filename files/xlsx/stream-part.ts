import { XmlStream, type XmlHandlers } from '../xml/scan-xml';
import { XmlDecoder } from '../xml/xml-bytes';
import type { WorkbookPackage } from './workbook-package';

/** Parses a part as it inflates: its text is never held whole, so a large sheet costs only what is read from it. */
export function streamPart(pkg: WorkbookPackage, part: string, handlers: XmlHandlers): boolean {
  const stream = new XmlStream(handlers, { file: pkg.file, part });
  const decoder = new XmlDecoder();
  const found = pkg.zip.stream(part, (chunk) => {
    const text = decoder.push(chunk, false);
    if (text) stream.write(text);
  });
  if (!found) return false;
  const rest = decoder.push(new Uint8Array(0), true);
  if (rest) stream.write(rest);
  stream.close();
  return true;
}

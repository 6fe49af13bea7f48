/**
 * String(x) without the throw: an object whose toString is not a function (or that has no
 * prototype) makes String() throw, and the core's entries never do.
 */
export function textOf(raw: unknown): string {
  try {
    return String(raw);
  } catch {
    return Object.prototype.toString.call(raw);
  }
}

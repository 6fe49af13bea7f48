/**
 * A new list of the given objects, usually none, that V8 stores as a list of objects from the start:
 * a rest parameter is one, where an empty literal (`[]`) is a list of small integers until its first
 * object is pushed. Code optimised after that change meets each new table's list unchanged and falls
 * back to the interpreter (a "wrong map" deoptimisation), several times over the first tables of a
 * session; validating the first tables took twice as long as the later ones.
 */
export function objectList<T extends object>(...items: T[]): T[] {
  return items;
}

// Records the parser makes by the hundred thousand on a long line (delimiters, pairs, colours)
// are rows of typed-array columns, not one object each: no garbage per record, and nothing for
// the garbage collector to trace or copy.

/** `a` with room for at least `size` rows, keeping its contents. */
export function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

// ByteBuilder: a growable byte buffer for values being unescaped from a dump, one byte or one span
// of a chunk at a time. take() hands out an exact-size copy and resets the builder.

const initialSize = 256;
/** After a value larger than this, the builder drops its big buffer instead of keeping it. */
const keepAtMost = 1 << 20;

export class ByteBuilder {
  private buffer = new Uint8Array(initialSize);
  length = 0;

  push(byte: number): void {
    if (this.length === this.buffer.length) this.grow(1);
    this.buffer[this.length++] = byte;
  }

  /** Appends source[start, end). */
  append(source: Uint8Array, start: number, end: number): void {
    const count = end - start;
    if (count <= 0) return;
    if (this.length + count > this.buffer.length) this.grow(count);
    this.buffer.set(source.subarray(start, end), this.length);
    this.length += count;
  }

  /** The bytes collected so far, as a new exact-size array; the builder is empty afterwards. */
  take(): Uint8Array {
    const out = this.buffer.slice(0, this.length);
    this.clear();
    return out;
  }

  /** Byte i of the bytes collected so far. */
  at(i: number): number {
    return this.buffer[i];
  }

  clear(): void {
    this.length = 0;
    if (this.buffer.length > keepAtMost) this.buffer = new Uint8Array(initialSize);
  }

  private grow(extra: number): void {
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buffer.subarray(0, this.length));
    this.buffer = bigger;
  }
}

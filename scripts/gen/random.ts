// Seeded randomness for the synthetic site generator: sfc32 seeded through a string hash, so every
// stream (a page's body, its headings, the site's categories…) is derived from the site seed and a
// label and can be regenerated on its own, in any order, with the same result.

/** 32-bit FNV-1a of a string, used to turn (seed, label) into generator state. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A generator for `label` under `seed`: the same pair always gives the same stream. */
  constructor(seed: number | string, label = '') {
    const key = `${seed}/${label}`;
    this.a = hash(key);
    this.b = hash(`${key}#b`);
    this.c = hash(`${key}#c`);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of `items`, chosen with the given weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and log-space sigma. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** A rank in [0, n) with probability falling like 1/rank (Zipf, s≈1): a few ranks get most picks. */
  zipf(n: number): number {
    return Math.min(n - 1, Math.floor(Math.exp(this.next() * Math.log(n + 1))) - 1);
  }

  /** `count` bytes of noise. */
  bytes(count: number): Buffer {
    const out = Buffer.allocUnsafe(count);
    let i = 0;
    for (; i + 4 <= count; i += 4) out.writeUInt32LE(Math.floor(this.next() * 4294967296), i);
    for (; i < count; i++) out[i] = Math.floor(this.next() * 256);
    return out;
  }
}

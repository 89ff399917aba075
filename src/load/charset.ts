// Charset repair of double-encoded UTF-8 (tiki-data.md §1.5). Old Tiki sites stored UTF-8 bytes
// in latin1 tables; a dump made over a utf8 connection then turned every byte into a character:
//   "café" (63 61 66 C3 A9)  →  "cafÃ©"        "’" (E2 80 99)  →  "â€™"
// MySQL's latin1 is Windows-1252 (0x80–0x9F are €‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ; the five undefined
// bytes 0x81 0x8D 0x8F 0x90 0x9D pass through as U+0081 …). Repair, per value:
//   fixed = utf8Decode(cp1252Encode(value))
// accepted only when every character has a cp1252 byte, the bytes are valid UTF-8, and the result
// holds fewer suspicious sequences (a UTF-8 lead byte read as cp1252 — Â..ô — followed by a
// continuation byte read as cp1252) than the value. Up to three rounds (triple encoding).
// A value that mixes repaired and clean text fails the UTF-8 check and is left alone.

const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Code point → cp1252 byte, for the characters 0x80–0x9F stand for. */
const highByte = new Map(cp1252High.map((codePoint, k) => [codePoint, 0x80 + k]));

/** Characters whose cp1252 byte is a UTF-8 continuation byte (0x80–0xBF). */
const continuation = `[\\u00a0-\\u00bf${cp1252High.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`;
const suspiciousPattern = new RegExp(`[\\u00c2-\\u00f4]${continuation}`, 'g');

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** How many mojibake-looking sequences `text` holds. */
export function suspiciousCount(text: string): number {
  return text.match(suspiciousPattern)?.length ?? 0;
}

/** The cp1252 bytes of `text`, or null when a character has none. */
export function cp1252Encode(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out[i] = code;
    else {
      const byte = highByte.get(code);
      if (byte === undefined) return null;
      out[i] = byte;
    }
  }
  return out;
}

/**
 * cp1252 bytes as text (MySQL's latin1). Not TextDecoder('windows-1252'): Node builds without
 * full ICU decode that label as ISO-8859-1, turning 0x80–0x9F into C1 controls instead of € ‚ ƒ …
 */
export function cp1252Decode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? cp1252High[b - 0x80] : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** The repaired text when `text` is double-encoded UTF-8, else null (nothing to repair). */
export function repairDoubleEncoding(text: string): string | null {
  let current = text;
  let count = suspiciousCount(current);
  if (count === 0) return null;
  for (let round = 0; round < 3 && count > 0; round++) {
    const bytes = cp1252Encode(current);
    if (bytes === null) break;
    let fixed: string;
    try {
      fixed = strictUtf8.decode(bytes);
    } catch {
      break;
    }
    const fixedCount = suspiciousCount(fixed);
    if (fixedCount >= count) break;
    current = fixed;
    count = fixedCount;
  }
  return current === text ? null : current;
}

/** `text` repaired when it is double-encoded, else unchanged (for join keys: names in other tables). */
export function repaired(text: string): string;
export function repaired(text: string | null): string | null;
export function repaired(text: string | null): string | null {
  if (text === null) return null;
  return repairDoubleEncoding(text) ?? text;
}

/** A short excerpt around the first difference of two texts, for messages. */
export function firstDifference(before: string, after: string, width = 24): { before: string; after: string } {
  let i = 0;
  while (i < before.length && i < after.length && before[i] === after[i]) i++;
  const start = Math.max(0, i - 8);
  const cut = (s: string) => `${start > 0 ? '…' : ''}${s.slice(start, start + width)}${s.length > start + width ? '…' : ''}`;
  return { before: cut(before), after: cut(after) };
}

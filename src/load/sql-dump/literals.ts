// How MySQL string and binary literals map to bytes, for the row scanner:
//   backslash escapes  \0 \n \r \t \b \Z → 00 0A 0D 09 08 1A; \% \_ keep the backslash
//                      (they are LIKE-pattern escapes); \' \" \\ and any other \x → x
//   0xABC / X'0ABC'    hex digits → bytes, an odd count left-padded with 0 (0xABC = 0x0ABC)
//   0b101 / b'101'     bits → bytes, big-endian, left-padded to whole bytes

import type { ByteBuilder } from './byte-builder.js';
import { BACKSLASH, hexDigit } from './bytes.js';

/** Appends the byte(s) that the escape sequence `\` + `b` stands for. */
export function pushEscaped(out: ByteBuilder, b: number): void {
  switch (b) {
    case 0x30: out.push(0x00); break; // \0
    case 0x6e: out.push(0x0a); break; // \n
    case 0x72: out.push(0x0d); break; // \r
    case 0x74: out.push(0x09); break; // \t
    case 0x62: out.push(0x08); break; // \b
    case 0x5a: out.push(0x1a); break; // \Z
    case 0x25: // \%
    case 0x5f: // \_
      out.push(BACKSLASH);
      out.push(b);
      break;
    default: out.push(b);
  }
}

/** The bytes of hex digits collected as ASCII (all valid); empties `digits`. */
export function hexToBytes(digits: ByteBuilder): Uint8Array {
  const odd = digits.length % 2;
  const out = new Uint8Array((digits.length + odd) >> 1);
  let k = 0;
  if (odd) out[k++] = hexDigit(digits.at(0));
  for (let d = odd; d < digits.length; d += 2) out[k++] = (hexDigit(digits.at(d)) << 4) | hexDigit(digits.at(d + 1));
  digits.clear();
  return out;
}

/** The bytes of a bit string collected as ASCII 0/1; empties `bits`. */
export function bitsToBytes(bits: ByteBuilder): Uint8Array {
  const out = new Uint8Array(Math.ceil(bits.length / 8));
  const pad = out.length * 8 - bits.length;
  for (let k = 0; k < bits.length; k++) {
    if (bits.at(k) === 0x31) {
      const bit = pad + k;
      out[bit >> 3] |= 0x80 >> (bit & 7);
    }
  }
  bits.clear();
  return out;
}

/** The start of a string value as UTF-8 text, quoted, for a message. */
export function preview(value: Uint8Array, max = 40): string {
  const text = new TextDecoder().decode(value.subarray(0, max + 4));
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

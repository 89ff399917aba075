// Byte-exact re-implementations of the PHP encoders Tiki used to build page URLs, and the
// decoders a server applies to a request, so legacy URL spellings match what Tiki emitted.
// - urlencode (wikilib::sefurl, SEF paths): space → "+", every byte except A-Za-z0-9_.- → %XX.
// - rawurlencode (Smarty escape:"url"): space → %20, also keeps "~".
// Both work on the UTF-8 bytes of the stored name (not NFC: Tiki encoded what the DB held).
// Hex digits are uppercase, as PHP writes them.

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: false });

function encodeBytes(value: string, keep: RegExp, spaceAsPlus: boolean): string {
  let out = '';
  for (const byte of utf8.encode(value)) {
    const ch = String.fromCharCode(byte);
    if (byte === 0x20 && spaceAsPlus) out += '+';
    else if (byte < 0x80 && keep.test(ch)) out += ch;
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** PHP `urlencode`. */
export function phpUrlencode(value: string): string {
  return encodeBytes(value, /[A-Za-z0-9_.-]/, true);
}

/** PHP `rawurlencode` (RFC 3986 unreserved kept). */
export function phpRawurlencode(value: string): string {
  return encodeBytes(value, /[A-Za-z0-9_.~-]/, false);
}

/**
 * Percent-encode only what cannot appear literally in a URL path or query value
 * (space, controls, non-ASCII, `"<>\^`{|}#?`), keeping existing `%XX` escapes. Used for values
 * Tiki stored already encoded (pageSlug from the urlencode generator).
 */
export function encodeUnsafe(value: string): string {
  let out = '';
  for (const byte of utf8.encode(value)) {
    const ch = String.fromCharCode(byte);
    if (byte > 0x20 && byte < 0x7f && !/["<>\\^`{|}#?]/.test(ch)) out += ch;
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Decode `%XX` escapes (as a server does for a path); "+" stays "+". Invalid escapes stay literal. */
export function percentDecode(value: string): string {
  if (!value.includes('%')) return value;
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '%' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const char = String.fromCodePoint(value.codePointAt(i) ?? 0xfffd);
      for (const b of utf8.encode(char)) bytes.push(b);
      i += char.length - 1;
    }
  }
  return utf8Decoder.decode(new Uint8Array(bytes));
}

/** Decode a query value as PHP and most servers do: "+" → space, then `%XX`. */
export function formDecode(value: string): string {
  return percentDecode(value.replace(/\+/g, ' '));
}

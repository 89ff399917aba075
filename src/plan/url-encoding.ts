// Byte-exact re-implementations of the PHP encoders Tiki used to build page URLs, and the
// decoders a server applies to a request, so legacy URL spellings match what Tiki emitted.
// - urlencode (wikilib::sefurl, SEF paths): space → "+", every byte except A-Za-z0-9_.- → %XX.
// - rawurlencode (Smarty escape:"url"): space → %20, also keeps "~".
// Both work on the UTF-8 bytes of the stored name (not NFC: Tiki encoded what the DB held).
// Hex digits are uppercase, as PHP writes them.

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: false });

const HEX = Array.from({ length: 256 }, (_, b) => '%' + b.toString(16).toUpperCase().padStart(2, '0'));

/**
 * A percent-encoder over UTF-8 bytes: ASCII characters matching `keep` stay literal, every other
 * byte becomes uppercase %XX (a lookup table, not a regex test per byte: names are encoded
 * many times per page).
 */
export function byteEncoder(keep: RegExp, spaceAsPlus = false): (value: string) => string {
  const table = Array.from({ length: 256 }, (_, b) => (b === 0x20 && spaceAsPlus ? '+' : b < 0x80 && keep.test(String.fromCharCode(b)) ? String.fromCharCode(b) : HEX[b]));
  // Joined, not appended: `out += piece` leaves a chain of a cons string per byte (32 bytes each)
  // that lives as long as the result is not flattened, and a large site keeps a million of them.
  return (value) => {
    const bytes = utf8.encode(value);
    const pieces: string[] = new Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) pieces[i] = table[bytes[i]];
    return pieces.join('');
  };
}

/** PHP `urlencode`. */
export const phpUrlencode: (value: string) => string = byteEncoder(/[A-Za-z0-9_.-]/, true);

/** PHP `rawurlencode` (RFC 3986 unreserved kept). */
export const phpRawurlencode: (value: string) => string = byteEncoder(/[A-Za-z0-9_.~-]/);

/**
 * Percent-encode only what cannot appear literally in a URL path or query value
 * (space, controls, non-ASCII, `"<>\^`{|}#?`), keeping existing `%XX` escapes. Used for values
 * Tiki stored already encoded (pageSlug from the urlencode generator).
 */
export const encodeUnsafe: (value: string) => string = byteEncoder(/[!$%&'()*+,\-./0-9:;=@A-Z[\]_a-z~]/);

/** Decode `%XX` escapes (as a server does for a path); "+" stays "+". Invalid escapes stay literal. */
export function percentDecode(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value); // the common case, natively; throws on %zz or invalid UTF-8
  } catch {
    // fall through to the tolerant decoder
  }
  // Each run of escapes is decoded as UTF-8 on its own (a multi-byte character never spans
  // literal text); bytes that are not valid UTF-8 become U+FFFD.
  return value.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => utf8Decoder.decode(Buffer.from(run.replace(/%/g, ''), 'hex')));
}

/** Decode a query value as PHP and most servers do: "+" → space, then `%XX`. */
export function formDecode(value: string): string {
  return percentDecode(value.replace(/\+/g, ' '));
}

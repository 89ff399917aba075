// Large map files as pieces instead of one string. A 100k-page site's CSV, Netlify, .htaccess,
// Vercel and IIS files are 280–370 MB each, within reach of V8's longest string (about 512 M
// characters), which a somewhat larger site would pass. Emitters yield their lines one by one and
// this packs them into pieces of about 64 K characters, so no format's lines are ever held at once
// (holding them, with the records and the model, was a large site's memory peak). The pieces join
// to exactly `[...lines].join(separator) + end`.

const PIECE = 1 << 16;

/** `[...lines].join(separator) + end`, in pieces of about 64 K characters. */
export function* joinedChunks(lines: Iterable<string>, separator: string, end = ''): Generator<string> {
  // Appending (V8 keeps a rope until the piece is read) costs less than collecting and joining.
  let piece = '';
  let before = ''; // the separator once a line has been written
  for (const line of lines) {
    piece += before + line;
    before = separator;
    if (piece.length < PIECE) continue;
    yield piece;
    piece = '';
  }
  yield piece + end;
}

// Large map files as pieces instead of one string: a 100k-page site's CSV, Netlify, .htaccess,
// Vercel and IIS files are 280–370 MB each, within reach of V8's longest string (about 512 M
// characters), which a somewhat larger site would pass. The pieces join to exactly
// `parts.join(separator) + end`.

/** `parts.join(separator) + end`, in pieces of up to 1,000 parts. */
export function* joinedChunks(parts: readonly string[], separator: string, end = ''): Generator<string> {
  for (let start = 0; start < parts.length; start += 1000) {
    const slice = parts.slice(start, start + 1000).join(separator);
    yield start + 1000 < parts.length ? slice + separator : slice;
  }
  if (end) yield end;
}

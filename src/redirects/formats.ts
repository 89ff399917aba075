// The redirect map formats a run writes (config `redirectFormats`, `--redirect-formats`). Every
// format by default; a webmaster who serves the new site from one server needs one, and on a
// large site each format is hundreds of MB written from a million records (at 100k pages the ten
// come to 2.7 GB and most of the maps thread's time). output/redirects/README.md is always written.
//
//   name        files (under output/redirects/)
//   nginx       nginx/            apache   apache/          htaccess  htaccess/.htaccess
//   netlify     netlify/          cloudflare cloudflare/    vercel    vercel/vercel.json
//   caddy       caddy/            iis      iis/web.config   csv       redirects.csv
//   json        redirects.json (the record model; `tiki2md verify-redirects` reads it, with nginx/)

export const REDIRECT_FORMATS = ['nginx', 'apache', 'htaccess', 'netlify', 'cloudflare', 'vercel', 'caddy', 'iis', 'csv', 'json'] as const;

export type RedirectFormat = (typeof REDIRECT_FORMATS)[number];

/**
 * `--redirect-formats`: "all", "none" or a comma-separated list of format names (kept in
 * REDIRECT_FORMATS order, without repeats). Throws a message naming the unknown format.
 */
export function parseRedirectFormats(value: string): RedirectFormat[] {
  const words = value.split(',').map((w) => w.trim().toLowerCase()).filter((w) => w !== '');
  if (words.length === 1 && words[0] === 'all') return [...REDIRECT_FORMATS];
  if (words.length === 1 && words[0] === 'none') return [];
  const unknown = words.find((w) => !(REDIRECT_FORMATS as readonly string[]).includes(w));
  if (unknown !== undefined || words.length === 0) {
    throw new Error(`${unknown === undefined ? 'no format given' : `unknown format "${unknown}"`}: expected "all", "none" or some of ${REDIRECT_FORMATS.join(', ')}, comma-separated`);
  }
  return REDIRECT_FORMATS.filter((f) => words.includes(f));
}

// Cloudflare Bulk Redirects CSV (legacy-urls-and-redirects.md §2.4), path forms only:
//   source,target,status,preserve_query_string,include_subdomains,subpath_matching,preserve_path_suffix
//   www.example.org/My+Page,https://www.example.org/pages/my-page/,301,FALSE,FALSE,FALSE,FALSE
// No header row (Cloudflare's import format; unverified). Bulk Redirects cannot match a query
// string nor answer 410, so query forms and gone URLs are listed in cloudflare-query-forms.md
// with what to do instead. Host and scheme come from the `siteUrl` option (example.com if unset).
// One spelling per Cloudflare-normalized URL: upper-case hex only (Cloudflare normalizes hex
// case and rejects duplicate sources).
//
// Escaping: RFC 4180 — a field with "," '"' CR or LF is quoted, quotes doubled. Sources and
// targets are percent-encoded spellings/targets ("," is re-encoded as %2C), so in practice no
// field needs quoting; no field can start with "=", "+", "-" or "@" (spreadsheet formulas).

import { commentSafe, distinct, upperHexOnly, type RedirectModel } from './model.js';

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function cloudflareFiles(model: RedirectModel): Map<string, string> {
  const origin = model.siteUrl ?? 'https://example.com';
  const host = origin.replace(/^https?:\/\//, '');
  const status = model.redirectStatus;
  const rows: string[] = [];
  let gonePaths = 0;
  for (const f of model.paths) {
    if (f.to === null) {
      gonePaths++;
      continue;
    }
    const to = /^https?:\/\//i.test(f.to) ? f.to : origin + f.to;
    for (const p of distinct(upperHexOnly(f.rawPaths).map((s) => s.replace(/,/g, '%2C')))) {
      rows.push([host + p, to, String(status), 'FALSE', 'FALSE', 'FALSE', 'FALSE'].map(csvField).join(','));
    }
  }
  const queryCount = [...model.query.values()].reduce((n, forms) => n + forms.length, 0);
  const note = [
    '# Cloudflare: what the bulk-redirect CSV does not cover',
    '',
    `\`cloudflare-bulk.csv\` holds ${rows.length} path redirects (source host ${commentSafe(host)}${model.siteUrl ? '' : ' — a placeholder: set the `siteUrl` option'}).`,
    'Bulk Redirects match scheme, host and path only: they cannot see a query string and cannot answer 410.',
    '',
    `- ${queryCount} legacy URLs are query forms (\`/tiki-index.php?page=…\`, \`?page_id=\`, attachments …). Serve them with a`,
    '  Cloudflare Worker or Snippet that looks the request up in `redirects.json` (each record has `url.path`,',
    '  `url.param` with the decoded value, `spellings` and `to`), or with Single Redirect rules for the few that matter',
    '  (e.g. `http.request.uri.path eq "/tiki-index.php" and any(http.request.uri.args["page"][*] eq "HomePage")`).',
    `- ${gonePaths + model.bare.length} path or bare-script URLs are gone (${model.goneStatus}) or need an empty query string; see redirects.json.`,
    '',
  ].join('\n');
  return new Map([
    ['cloudflare-bulk.csv', rows.length ? rows.join('\r\n') + '\r\n' : ''],
    ['cloudflare-query-forms.md', note],
  ]);
}

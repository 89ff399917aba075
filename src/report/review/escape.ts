// Escaping for the review site: every page name, source line and message is hostile until
// escaped. HTML text/attributes, and JSON embedded in a <script> (no "</script>", no U+2028).

export function html(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON safe inside <script> and in a .js file: "<", ">", "&", U+2028/9 escaped. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A file-name-safe form of a slug (slugs are already safe; this is belt and braces). */
export function fileSafe(slug: string): string {
  return slug.replace(/[^A-Za-z0-9._-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`).replace(/^\./, '_');
}

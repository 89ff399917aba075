// IIS URL Rewrite `web.config` (legacy-urls-and-redirects.md §2.8): rewrite maps + rules.
//   <rewriteMap name="tiki2md_query">  key "<decoded path>?<param>=<raw value>" (from {URL} and {QUERY_STRING})
//   <rewriteMap name="tiki2md_path">   key "<decoded path>" (from {URL})
// Values are targets or "gone" (answered with a CustomResponse 404/410). IIS compares map keys
// case-insensitively and refuses duplicate keys, so keys are deduplicated ASCII-case-insensitively.
// Whether {URL} is decoded exactly like this on every IIS version is unverified. redirectType is
// Permanent for 301/308 (URL Rewrite has no 308), Found for 302. web.config is limited to 250 KB
// by default: move large maps to a file with <rewriteMaps configSource="…"/>.
//
// Escaping: attribute values are XML-escaped (& < > " ' → entities; tab, LF, CR → &#9; &#10;
// &#13;). Characters XML 1.0 cannot carry at all (other C0 controls, U+FFFE, U+FFFF, lone
// surrogates) cannot be matched by IIS either: such keys are left out, with a comment. Regex
// patterns in rules are fixed text plus parameter names limited to [a-z0-9_] and bare paths as
// \xHH escapes. Comments never contain "--".

import { FIRST, firstQueryLines, pathKeyVerdicts } from './folded-keys.js';
import { commentSafe, GONE, isPlainParam, type RedirectModel } from './model.js';
import { joinedChunks } from './text-chunks.js';

const XML_SPECIAL = /[&<>"'\t\n\r]/;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

export function xmlAttr(value: string): string {
  return XML_SPECIAL.test(value) ? value.replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c]) : value;
}

const xmlInvalid = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Every character xmlInvalid can match, in one class: a text without any needs no exact test.
const xmlSuspect = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Whether XML 1.0 cannot carry `text` (C0 controls but tab/LF/CR, U+FFFE, U+FFFF, lone surrogates). */
export const xmlUnrepresentable = (text: string): boolean => xmlSuspect.test(text) && xmlInvalid.test(text);

const comment = (text: string) => `<!-- ${commentSafe(text).replace(/--/g, '- -')} -->`;

function iisRegexLiteral(text: string): string {
  const unit = (ch: string) => ch.charCodeAt(0);
  return text
    .split('')
    .map((ch) => (/[A-Za-z0-9]/.test(ch) ? ch : unit(ch) <= 0xff ? `\\x${unit(ch).toString(16).padStart(2, '0')}` : `\\u${unit(ch).toString(16).padStart(4, '0')}`))
    .join('');
}

export function iisWebConfig(model: RedirectModel): Iterable<string> {
  return joinedChunks(lines(model), '\n', '\n');
}

/** An `<add>` line for a map key (`value` already XML-escaped), or a comment for a key XML cannot carry. */
function entry(key: string, value: string): string {
  if (xmlUnrepresentable(key)) return `          ${comment(`skipped (not representable in XML): ${key}`)}`;
  return `          <add key="${xmlAttr(key)}" value="${value}" />`;
}

function* queryMap(model: RedirectModel): Generator<string> {
  yield '        <rewriteMap name="tiki2md_query" defaultValue="">';
  yield* firstQueryLines(model, entry, xmlAttr);
  yield '        </rewriteMap>';
}

function* pathMap(model: RedirectModel): Generator<string> {
  yield '        <rewriteMap name="tiki2md_path" defaultValue="">';
  const verdicts = pathKeyVerdicts(model);
  let i = 0;
  for (const f of model.paths) {
    const value = xmlAttr(f.to ?? GONE);
    for (const p of f.paths) if (verdicts[i++] === FIRST) yield entry(p, value);
  }
  yield '        </rewriteMap>';
}

function rules(model: RedirectModel): string[] {
  const redirectType = model.redirectStatus === 302 ? 'Found' : 'Permanent';
  const gone = `<action type="CustomResponse" statusCode="${model.goneStatus}" statusReason="${model.goneStatus === 410 ? 'Gone' : 'Not Found'}" statusDescription="This page no longer exists." />`;
  const redirect = (url: string) => `<action type="Redirect" url="${url}" appendQueryString="false" redirectType="${redirectType}" />`;
  const out: string[] = [];
  const rule = (name: string, match: string, conditions: string[], action: string) => {
    out.push(`      <rule name="${xmlAttr(name)}" stopProcessing="true">`, `        <match url="${match}" />`, '        <conditions logicalGrouping="MatchAll" trackAllCaptures="false">');
    out.push(...conditions.map((c) => `          ${c}`), '        </conditions>', `        ${action}`, '      </rule>');
  };
  for (const name of model.query.keys()) {
    if (!isPlainParam(name)) continue;
    const param = `<add input="{QUERY_STRING}" pattern="(?:^|&amp;)${name}=([^&amp;]*)" />`;
    const lookup = `{tiki2md_query:{URL}?${name}={C:1}}`;
    rule(`tiki2md ?${name}=`, '.*', [param, `<add input="${lookup}" pattern="^(/.*|https?://.*)$" />`], redirect('{C:1}'));
    rule(`tiki2md ?${name}= gone`, '.*', [param, `<add input="${lookup}" pattern="^${GONE}$" />`], gone);
  }
  model.bare.forEach((f, i) => {
    const conditions = ['<add input="{QUERY_STRING}" pattern="^$" />'];
    rule(`tiki2md bare ${i + 1}`, `^${iisRegexLiteral(f.path.replace(/^\//, ''))}$`, conditions, f.to ? redirect(xmlAttr(f.to)) : gone);
  });
  rule('tiki2md paths', '.*', ['<add input="{tiki2md_path:{URL}}" pattern="^(/.*|https?://.*)$" />'], redirect('{C:1}'));
  rule('tiki2md paths gone', '.*', [`<add input="{tiki2md_path:{URL}}" pattern="^${GONE}$" />`], gone);
  return out;
}

function* lines(model: RedirectModel): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield comment('tiki2md legacy URL redirects for IIS URL Rewrite 2 (generated; do not edit). Merge into your site web.config.');
  yield '<configuration>';
  yield '  <system.webServer>';
  yield '    <rewrite>';
  yield '      <rewriteMaps>';
  yield* queryMap(model);
  yield* pathMap(model);
  yield '      </rewriteMaps>';
  yield '      <rules>';
  for (const line of rules(model)) yield '  ' + line;
  yield '      </rules>';
  yield '    </rewrite>';
  yield '  </system.webServer>';
  yield '</configuration>';
}

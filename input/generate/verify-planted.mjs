#!/usr/bin/env node
// Recomputes, independently of the converter, the findings planted in the sample site and
// compares them with planted.json. Run after editing a page body or a page name:
//
//   node input/generate/verify-planted.mjs          # exit 1 and a diff when they disagree
//   node input/generate/verify-planted.mjs --print  # also print every computed finding as JSON
//
// It also checks that every #anchor of a link that resolves points at a real heading (or
// {ANAME}) of the target page, so the sample has no accidental broken anchors.
//
// Rules (as the converter defines them):
// - link-broken: a ((X...)) link whose target matches no page name, even after folding case,
//   whitespace runs and accents (NFKD, combining marks stripped). Line = body line of the link.
// - link-ambiguous: no exact match, but 2+ pages after folding.
// - page-name-duplicate: two names equal after folding; reported on the later page_id.
// - slug-collision: pages whose slugs (slugify, lower + strict, after % -> " percent ",
//   & -> " and ", en/em dash -> space) are equal; reported on every page but the lowest page_id.
// Not links: anything inside ~tc~, ~np~, ~pp~ or {CODE}; bodies of is_html pages; the semantic
// (alias(X)) link, whose target is an alias and not expected to be a page.
//
// Uses the project's own `slugify` dependency (node_modules), the same package the converter uses.

import { readFileSync } from 'node:fs';
import slugify from 'slugify';
import { foldName, headingIds, wikiLinks } from './lib.mjs';
import { pages, storedBody } from './site.mjs';

const planted = JSON.parse(readFileSync(new URL('planted.json', import.meta.url), 'utf8'));
const print = process.argv.includes('--print');

export function slugOf(name) {
  const mapped = name.replace(/%/g, ' percent ').replace(/&/g, ' and ').replace(/[\u2013\u2014]/g, ' ');
  return slugify(mapped, { lower: true, strict: true });
}

const sorted = [...pages].sort((a, b) => a.page_id - b.page_id);
const names = new Map(sorted.map((p) => [p.pageName, p]));
const byFold = new Map();
for (const p of sorted) byFold.set(foldName(p.pageName), [...(byFold.get(foldName(p.pageName)) ?? []), p]);

const computed = [];
const problems = [];

for (const p of sorted) {
  if (p.is_html) continue;
  const body = storedBody(p);
  for (const l of wikiLinks(body)) {
    if (l.qualifier === 'alias') continue;
    let target = names.get(l.target);
    if (!target) {
      const candidates = byFold.get(foldName(l.target)) ?? [];
      if (candidates.length === 0) {
        computed.push({ ruleId: 'link-broken', pageId: p.page_id, line: l.line, target: l.target });
        continue;
      }
      if (candidates.length > 1) {
        computed.push({ ruleId: 'link-ambiguous', pageId: p.page_id, line: l.line, target: l.target, candidates: candidates.map((c) => c.pageName) });
        continue;
      }
      target = candidates[0];
    }
    if (l.anchor !== null && !headingIds(storedBody(target)).has(l.anchor)) {
      problems.push(`page ${p.page_id} line ${l.line}: anchor #${l.anchor} not found on "${target.pageName}"`);
    }
  }
}

for (const group of byFold.values()) {
  for (const p of group.slice(1)) computed.push({ ruleId: 'page-name-duplicate', pageId: p.page_id, line: null, with: group[0].pageName });
}
const bySlug = new Map();
for (const p of sorted) bySlug.set(slugOf(p.pageName), [...(bySlug.get(slugOf(p.pageName)) ?? []), p]);
for (const [slug, group] of bySlug) {
  for (const p of group.slice(1)) computed.push({ ruleId: 'slug-collision', pageId: p.page_id, line: null, slug, with: group[0].pageName });
}

const key = (f) => `${f.ruleId} page ${f.pageId} line ${f.line}`;
const want = new Set(planted.map(key));
const got = new Set(computed.map(key));
for (const k of got) if (!want.has(k)) problems.push(`computed but not in planted.json: ${k}`);
for (const k of want) if (!got.has(k)) problems.push(`in planted.json but not computed: ${k}`);
if (want.size !== planted.length) problems.push('planted.json has duplicate entries');

if (print) console.log(JSON.stringify(computed, null, 2));
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`planted.json agrees with the site: ${planted.length} expectations`);

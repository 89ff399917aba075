// Legacy URL records: the single source of every redirect map and of Hugo `aliases`
// (legacy-urls-and-redirects.md §3). One record per legacy URL (matchKey), with every spelling
// clients send, pointing at the page's new URL — or gone (404/410) when it has no new home.
//
//   claims (legacy-forms.ts) → group by matchKey → one winner per key (conflicts)
//     → drop paths that would shadow the new site → follow targets to the end (chains, loops,
//       dangling; legacy-targets.ts) → drop self-redirects → records + Hugo alias candidates.
//
// Conflicts (§3.3), each reported:
//   alias-conflict      several claims on one matchKey with different targets. Winner: lowest
//                       priority (page name 0 < pageSlug 10 < /<id> 20 < semantic alias 30 <
//                       {redirect} page 40 < rename 50 < custom route 60), then a spelling
//                       without %-escapes (a request "/A+B" is Tiki's own link to "A B"; page
//                       "A+B" was linked as "/A%2BB", which servers decode to the same path),
//                       then lowest page_id. The losers' URLs redirect to the winner.
//   redirect-shadowed   a legacy path equal (case-folded, trailing slash ignored) to a page URL
//                       or another path of the new site: no redirect (it would hide the page).
//   redirect-chain      a target that led through a {redirect} page or another legacy URL:
//                       collapsed to the final target (one hop). Info.
//   redirect-loop       a cycle of redirects: every {redirect} page in it keeps its own URL;
//                       other records in it are dropped. A record leading to itself: dropped.
//   redirect-dangling   a target that does not exist: the record answers 404/410 (a {redirect}
//                       page keeps its own URL); attachments and files without an extracted copy.

import type { Page } from '../load/site-model.js';
import type { Finding, Severity } from '../report/finding.js';
import { cmp, compareFindings } from '../report/finding.js';
import type { LegacyKind, LegacyUrlRecord } from './plan-types.js';
import { planAliases, type AliasCandidate } from './aliases.js';
import { caseFold, foldName } from './fold.js';
import { LegacyForms, semanticAliases, type ClaimTarget, type LegacyClaim, type LegacyOptions, type LegacySite } from './legacy-forms.js';
import { encodeTarget, normalizePrefix, SpellingExpander, type IdentifiedSpelling } from './legacy-spellings.js';
import { TargetResolver, type Outcome } from './legacy-targets.js';
import { describePage, planFinding, type PageRef } from './plan-findings.js';

export { legacyMatchKey } from './legacy-spellings.js';
export type { LegacyOptions, LegacySite } from './legacy-forms.js';

/** '' or "/dir/sub": leading slash, no trailing slash. */
export const normalizeBasePath = normalizePrefix;

export interface LegacyPlanInput {
  site: LegacySite;
  /** Pages in page_id order. */
  pages: readonly Page[];
  /** page_id → the page's new URL. */
  urls: ReadonlyMap<number, string>;
  /** Other paths of the new site no legacy path may shadow: "/", "/pages/", "/tags/" … */
  sitePaths: readonly string[];
}

export interface LegacyPlan {
  records: LegacyUrlRecord[];
  /** page_id → Hugo front-matter aliases. */
  aliases: Map<number, string[]>;
  findings: Finding[];
}

const KIND_ORDER: LegacyKind[] = [
  'home', 'page-param', 'page-param-slug', 'page-id', 'page-ref-id', 'page-sef', 'page-sef-slug', 'page-numeric', 'page-action',
  'alias-semantic', 'alias-redirect-plugin', 'alias-rename', 'custom-route', 'attachment', 'file',
];
const KIND_RANK = new Map(KIND_ORDER.map((kind, rank) => [kind, rank]));

/** Deterministic list order: page_id, kind, spelling (UTF-16 code units, so "%20" sorts before "+"). */
export function compareLegacyUrls(a: LegacyUrlRecord, b: LegacyUrlRecord): number {
  return a.pageId - b.pageId || KIND_RANK.get(a.kind)! - KIND_RANK.get(b.kind)! || cmp(a.from, b.from);
}

function claimOrder(a: LegacyClaim, b: LegacyClaim): number {
  const esc = (c: LegacyClaim) => (c.spelling.includes('%') ? 1 : 0);
  // Equal otherwise: generation order (stable sort), which puts Tiki's urlencode spelling first.
  return a.priority - b.priority || esc(a) - esc(b) || a.pageId - b.pageId;
}

const pathKey = (path: string) => caseFold(path.replace(/\/+$/, ''));

/** Findings aggregated per rule, owner and topic, listing the legacy URLs concerned. */
class Notes {
  // froms is a Set: a site-wide group (attachments without a file, say) collects one URL per page.
  private readonly groups = new Map<string, { owner: PageRef | null; rule: string; severity: Severity; froms: Set<string>; text: (urls: string) => string }>();

  add(rule: string, severity: Severity, owner: PageRef | null, topic: string, from: string, text: (urls: string) => string): void {
    const key = `${rule}\u0000${owner?.id ?? ''}\u0000${topic}`;
    const group = this.groups.get(key);
    if (group) group.froms.add(from);
    else this.groups.set(key, { owner, rule, severity, froms: new Set([from]), text });
  }

  list(): Finding[] {
    return [...this.groups.values()].map((g) => {
      const froms = [...g.froms];
      const shown = froms.slice(0, 6).join(', ') + (froms.length > 6 ? ` and ${froms.length - 6} more` : '');
      return planFinding(g.owner, g.rule, g.severity, g.text(shown));
    });
  }
}

// Claims are named by their index in the claim list: a large site has a million of them, and
// arrays indexed by number cost far less than Maps keyed by claim objects.
interface Group {
  key: string;
  /** The winning claim. */
  winner: number;
  /** Claims with the winner's target, the winner first. */
  members: readonly number[];
  /** Claims with another target: reported, their spellings redirect to the winner's target. */
  losers: readonly number[];
  /** Where the winner's target leads, once every group is known (step 2). */
  outcome: Outcome | null;
}

const NO_CLAIMS: readonly number[] = Object.freeze([]);

/** What a claim's slot holds once its key's record is made. */
const RELEASED: LegacyClaim = Object.freeze({ kind: 'home', spelling: '', target: { type: 'gone', reason: 'released' } as const, priority: 0, origin: 'generated', pageId: 0 });

export function planLegacyUrls(input: LegacyPlanInput, options: LegacyOptions = {}): LegacyPlan {
  const { site, pages, urls } = input;
  const refs = new Map<number, PageRef>(pages.map((p) => [p.id, p]));
  const exactNames = new Map<string, number>();
  const foldedNames = new Map<string, number[]>();
  for (const p of pages) {
    if (!exactNames.has(p.name)) exactNames.set(p.name, p.id);
    const folded = foldName(p.name);
    const ids = foldedNames.get(folded);
    if (ids) ids.push(p.id);
    else foldedNames.set(folded, [p.id]);
  }
  const redirects = new Map((site.redirectPages ?? []).filter((r) => refs.has(r.pageId)).map((r) => [r.pageId, r.target]));
  const forms = collectClaims(input, options, exactNames, foldedNames, redirects);
  const notes = new Notes();
  const owner = (c: LegacyClaim) => refs.get(c.pageId) ?? null;
  const who = (c: LegacyClaim) => (refs.has(c.pageId) ? describePage(refs.get(c.pageId)!) : `${c.kind} ${c.sourceObject?.id ?? ''}`.trim());
  const canonical = (t: ClaimTarget): string => {
    if (t.type === 'name') {
      const id = exactNames.get(t.name) ?? (foldedNames.get(foldName(t.name)) ?? [])[0];
      return id === undefined ? `name:${foldName(t.name)}` : `page:${id}`;
    }
    return t.type === 'page' ? `page:${t.pageId}` : t.type === 'gone' ? 'gone' : `${t.type}:${t.type === 'url' ? t.url : t.request}`;
  };

  // 1. One winner per matchKey. A key holds its lone claim itself, or an array once a second
  // claim comes (a large site has a million keys, nearly all claimed once).
  const claims = forms.claims;
  const identified: (IdentifiedSpelling | undefined)[] = new Array(claims.length);
  const byKey = new Map<string, number | number[]>();
  const expander = new SpellingExpander();
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    const x = expander.identify(claim.spelling, claim.bare);
    if (!x.servable) {
      notes.add('legacy-sef-skipped', 'info', owner(claim), 'unservable', claim.spelling, (u) => `legacy URL ${u} climbs above the site root once servers resolve "." and ".." segments; no server can redirect it`);
      continue;
    }
    identified[i] = x;
    const held = byKey.get(x.key);
    if (held === undefined) byKey.set(x.key, i);
    else if (typeof held === 'number') byKey.set(x.key, [held, i]);
    else held.push(i);
  }
  const shadowing = new Map<string, string>();
  for (const p of input.sitePaths) shadowing.set(pathKey(p), p);
  for (const url of urls.values()) shadowing.set(pathKey(url), url);
  const groups = new Map<string, Group>();
  const byClaim = (a: number, b: number) => claimOrder(claims[a], claims[b]);
  // The default sort compares UTF-16 code units, as cmp does.
  for (const key of [...byKey.keys()].sort()) {
    const held = byKey.get(key)!;
    // A lone claim wins alone, with no copies made.
    const lone = typeof held === 'number';
    const sorted = lone ? [held] : [...held].sort(byClaim);
    const winner = sorted[0];
    const won = lone ? '' : canonical(claims[winner].target);
    const members = lone ? sorted : sorted.filter((c) => canonical(claims[c].target) === won);
    const newPath = key.includes('?') ? undefined : shadowing.get(key.replace(/\/+$/, ''));
    if (newPath !== undefined) {
      for (const c of sorted) {
        notes.add('redirect-shadowed', 'warning', owner(claims[c]), 'shadow', claims[c].spelling, (u) => `legacy URL ${u} equals the new site's ${newPath}; no redirect emitted (it would hide that page)`);
      }
      continue;
    }
    const losers = lone ? NO_CLAIMS : sorted.filter((c) => !members.includes(c));
    // Named now: the claims are let go before the findings are written (step 3).
    const keeper = losers.length > 0 ? who(claims[winner]) : '';
    for (const c of losers) {
      notes.add('alias-conflict', 'warning', owner(claims[c]), `conflict:${claims[winner].pageId}`, claims[c].spelling, (u) => `legacy URL ${u} is also claimed by ${keeper}, which keeps it; it redirects there`);
    }
    groups.set(key, { key, winner, members, losers, outcome: null });
  }
  byKey.clear(); // a million entries, no longer needed: let them go before the records are made

  // 2. Follow every target to the end.
  const newPaths = new Set(shadowing.keys());
  const resolver = new TargetResolver({
    base: normalizePrefix(options.basePath),
    urls,
    redirects,
    exactNames,
    foldedNames,
    isNewPath: (path) => newPaths.has(pathKey(path)),
    winner: (key) => {
      const g = groups.get(key);
      return g && { target: claims[g.winner].target, from: claims[g.winner].spelling };
    },
  });
  for (const group of groups.values()) group.outcome = resolver.resolve(claims[group.winner].target);

  // 3. Records. A page's records share its target: encoded and folded once per target.
  const targets = new Map<string, { to: string; key: string }>();
  const target = (url: string) => {
    let hit = targets.get(url);
    if (!hit) targets.set(url, (hit = { to: encodeTarget(url), key: pathKey(decodeURIComponentSafe(url)) }));
    return hit;
  };
  const records: LegacyUrlRecord[] = [];
  const candidates: AliasCandidate[] = [];
  const redirectStatus = options.redirectStatus ?? 301;
  const goneStatus = options.goneStatus ?? 410;
  const spellingsOf = (c: number) => expander.spellings(claims[c].spelling, claims[c].bare);
  const recordGroup = (key: string, group: Group): void => {
    const winner = claims[group.winner];
    const outcome = group.outcome!;
    if (outcome.type === 'loop') {
      const cycle = outcome.cycle.map((m) => m.replace(/^(page|key):/, '')).join(' → ');
      notes.add('redirect-loop', 'warning', owner(winner), 'loop', winner.spelling, (u) => `legacy URL ${u} is part of a redirect loop (${cycle}); dropped`);
      return;
    }
    const x = identified[group.winner]!;
    const url = x.url;
    const to = outcome.type === 'url' ? target(outcome.url) : null;
    if (to !== null && !url.param && !url.bare && pathKey(url.path) === to.key) {
      notes.add('redirect-loop', 'info', owner(winner), 'self', winner.spelling, (u) => `legacy URL ${u} redirects to itself; dropped`);
      return;
    }
    if (outcome.hops.length > 0 && outcome.type === 'url') {
      const via = outcome.hops.join(' → ');
      notes.add('redirect-chain', 'info', owner(winner), `chain:${via}`, winner.spelling, (u) => `legacy URL ${u} leads to ${outcome.url} through ${via}; collapsed to one hop`);
    }
    if (outcome.type === 'gone' && (outcome.dangling || winner.kind === 'attachment' || winner.kind === 'file')) {
      notes.add('redirect-dangling', 'warning', owner(winner), `gone:${outcome.reason}`, winner.spelling, (u) => `legacy URL ${u} has no new home (${outcome.reason}); it answers ${goneStatus}`);
    }
    // Every claim of the key is a spelling of this one legacy URL (the losers' too: they redirect here).
    const lone = group.members.length === 1 && group.losers.length === 0;
    const spellings = lone ? spellingsOf(group.winner) : [...new Set([...group.members, ...group.losers].flatMap(spellingsOf))];
    const record: LegacyUrlRecord = {
      from: winner.spelling,
      matchKey: key,
      to: to === null ? '' : to.to,
      status: to === null ? goneStatus : redirectStatus,
      kind: winner.kind,
      pageId: winner.pageId,
      url,
      spellings,
      priority: winner.priority,
      origin: winner.origin,
    };
    // Set after the literal (a spread in it would build every record the slow way); still last.
    if (winner.sourceObject) record.sourceObject = winner.sourceObject;
    records.push(record);
    const alias = group.members.find((c) => claims[c].alias);
    const named = alias === undefined ? undefined : claims[alias].alias;
    if (named && outcome.type === 'url' && outcome.pageId !== null && refs.has(outcome.pageId)) {
      candidates.push({ record, alias: `${named.prefix}/${named.name}`, name: named.name, pageId: outcome.pageId, owner: refs.get(winner.pageId) ?? refs.get(outcome.pageId)! });
    }
  };
  // The claims and identities of a key are let go once its record is made: with the groups
  // they are about 0.9 GB at 100k pages, and holding them beside the records was the planner's peak.
  const release = (c: number) => {
    claims[c] = RELEASED;
    identified[c] = undefined;
  };
  for (const [key, group] of groups) {
    recordGroup(key, group);
    group.members.forEach(release);
    group.losers.forEach(release);
    groups.delete(key);
  }
  for (const broken of resolver.broken.values()) {
    const rule = broken.problem === 'loop' ? 'redirect-loop' : 'redirect-dangling';
    notes.add(rule, 'warning', refs.get(broken.pageId) ?? null, 'broken', '', () => `${broken.detail}; the redirect is dropped and its legacy URLs lead to this page`);
  }

  const aliasPlan = planAliases(candidates, pages, [...shadowing.values()]);
  records.sort(compareLegacyUrls);
  const findings = [...forms.findings, ...notes.list(), ...aliasPlan.findings].sort(compareFindings);
  return { records, aliases: aliasPlan.aliases, findings };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function collectClaims(
  input: LegacyPlanInput,
  options: LegacyOptions,
  exactNames: ReadonlyMap<string, number>,
  foldedNames: ReadonlyMap<string, number[]>,
  redirects: ReadonlyMap<number, string>,
): LegacyForms {
  const { site, pages } = input;
  const forms = new LegacyForms(options);
  const known = new Set(pages.map((p) => p.id));
  for (const page of pages) forms.page(page, redirects.has(page.id));
  for (const node of site.structures) if (known.has(node.pageId)) forms.structureNode(node.pageRefId, node.pageId);
  for (const { pageId, name } of semanticAliases(site, exactNames)) forms.otherName(name, pageId, 'alias-semantic');
  for (const rename of site.renames ?? []) {
    if (rename.pageId !== null && known.has(rename.pageId)) forms.otherName(rename.oldName, rename.pageId, 'alias-rename');
  }
  for (const route of site.customRoutes ?? []) {
    if (!route.active || route.from.trim() === '') continue;
    forms.route(route.from, tikiRouteTarget(forms, route.pageId, route.redirect), 'tiki-data', String(route.id), route.pageId ?? 0);
  }
  (options.customRoutes ?? []).forEach((route, i) => forms.route(route.from, forms.routeTarget(route.to), 'manual', `config#${i + 1}`));
  for (const att of site.attachments) forms.asset('attachment', att.id, exactNames.get(att.page) ?? 0);
  for (const file of site.files ?? []) forms.asset('file', file.id, 0);

  const homeName = options.homePage ?? (site.preferences?.get('wikiHomePage') || 'HomePage');
  const home = exactNames.get(homeName) ?? (foldedNames.get(foldName(homeName)) ?? [])[0];
  if (home !== undefined) forms.home(home);
  else if (options.homePage !== undefined) {
    forms.findings.push(planFinding(null, 'redirect-dangling', 'warning', `home page ${JSON.stringify(homeName)} (option homePage) is not a page; /tiki-index.php is not redirected`));
  }
  return forms;
}

function tikiRouteTarget(forms: LegacyForms, pageId: number | null, redirect: string): ClaimTarget {
  if (pageId !== null) return { type: 'page', pageId };
  try {
    const parsed = JSON.parse(redirect) as { to?: unknown };
    if (typeof parsed?.to === 'string' && parsed.to.trim() !== '') return forms.routeTarget(parsed.to);
  } catch {
    // not JSON: fall through
  }
  return { type: 'gone', reason: 'the custom route has no target the new site knows' };
}

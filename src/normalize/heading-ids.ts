// Heading ids, both ways a link may name a heading:
//
//   Tiki:  the heading text, runs of [^A-Za-z0-9:._-] → "_", leading non-letters dropped,
//          a repeat gets "_2", "_3" …                      "Getting started!" → Getting_started_
//   Hugo:  Goldmark's github style (github-slugger), a repeat gets "-1", "-2" …
//
// The map Tiki id → Hugo id lets `((Page|#Getting_started_))` become `/page/#getting-started`.

import GithubSlugger from 'github-slugger';
import type { TikiBlock, TikiHeading, TikiInline } from '../parse/tiki-tree.js';
import { plainText } from './plain-text.js';
import { anameId } from './anchor-id.js';

export interface HeadingId {
  tikiId: string;
  hugoId: string;
  text: string;
  start: number;
  /** True when the Hugo id needed a suffix because an earlier heading had the same text. */
  duplicate: boolean;
  /** {ANAME} anchors placed just before (or inside) this heading: links to them land here. */
  anames: string[];
}

export function headingIds(blocks: readonly TikiBlock[]): HeadingId[] {
  const slugger = new GithubSlugger();
  const tikiSeen = new Map<string, number>();
  const out: HeadingId[] = [];
  // Blocks after the last heading are not searched for anchors: none would land anywhere.
  let after = 0;
  for (let k = 0; k < blocks.length; k++) {
    const h = blocks[k];
    if (h.type !== 'heading') continue;
    const pending: string[] = [];
    for (; after < k; after++) anamesIn(blocks[after], pending);
    after = k + 1;
    const text = plainText(h.children).replace(/\s+/g, ' ').trim();
    const base = tikiIdOf(text);
    const count = (tikiSeen.get(base) ?? 0) + 1;
    tikiSeen.set(base, count);
    const tikiId = count === 1 ? base : `${base}_${count}`;
    const plain = slugger.slug(text);
    out.push({ tikiId, hugoId: plain, text, start: h.start, duplicate: count > 1, anames: anamesInline(h.children, pending) });
  }
  return out;
}

/** Every {ANAME} anchor of the page (top level and inside paragraphs and headings). */
export function pageAnames(blocks: readonly TikiBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') anamesInline(b.children, out);
    else anamesIn(b, out);
  }
  return out;
}

/** Appends the anchors of a top-level block to `out`. */
function anamesIn(b: TikiBlock, out: string[]): void {
  if (b.type === 'plugin') {
    if (b.key === 'aname') out.push(anameId(b.body ?? ''));
  } else if (b.type === 'paragraph') anamesInline(b.children, out);
}

/** Appends the anchors inside inline nodes to `out`, and returns it. */
function anamesInline(nodes: readonly TikiInline[], out: string[]): string[] {
  // Indexed: a for-of over a page-long paragraph allocates a result per node until optimized.
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.type === 'plugin') {
      if (n.key === 'aname') out.push(anameId(n.body ?? ''));
    } else {
      const children = (n as { children?: readonly TikiInline[] }).children;
      if (children !== undefined) anamesInline(children, out);
    }
  }
  return out;
}

export function tikiIdOf(text: string): string {
  const id = text.replace(/[^A-Za-z0-9:._-]+/g, '_').replace(/^[^A-Za-z]+/, '');
  return id || 'a';
}

/**
 * Tiki id → Hugo id. {ANAME} anchors map to the heading that follows them (safe policy: the
 * anchor itself cannot be written), or to themselves when raw HTML writes `<a id>` (unsafe).
 */
export function anchorMap(ids: readonly HeadingId[], anamesWritten = false, allAnames: readonly string[] = []): Map<string, string> {
  const map = new Map<string, string>();
  for (const id of ids) {
    if (!map.has(id.tikiId)) map.set(id.tikiId, id.hugoId);
  }
  if (anamesWritten) {
    for (const a of allAnames) map.set(a, a);
    for (const id of ids) for (const a of id.anames) map.set(a, a);
    return map;
  }
  for (const id of ids) {
    for (const a of id.anames) if (a && !map.has(a)) map.set(a, id.hugoId);
  }
  return map;
}

export type { TikiHeading };

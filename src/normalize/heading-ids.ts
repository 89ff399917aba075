// Heading ids, both ways a link may name a heading:
//
//   Tiki:  the heading text, runs of [^A-Za-z0-9:._-] → "_", leading non-letters dropped,
//          a repeat gets "_2", "_3" …                      "Getting started!" → Getting_started_
//   Hugo:  Goldmark's github style (github-slugger), a repeat gets "-1", "-2" …
//
// The map Tiki id → Hugo id lets `((Page|#Getting_started_))` become `/page/#getting-started`.

import GithubSlugger from 'github-slugger';
import type { TikiBlock, TikiHeading } from '../parse/tiki-tree.js';
import { plainText } from './plain-text.js';

export interface HeadingId {
  tikiId: string;
  hugoId: string;
  text: string;
  start: number;
  /** True when the Hugo id needed a suffix because an earlier heading had the same text. */
  duplicate: boolean;
}

export function headingIds(blocks: readonly TikiBlock[]): HeadingId[] {
  const slugger = new GithubSlugger();
  const tikiSeen = new Map<string, number>();
  const out: HeadingId[] = [];
  for (const h of headingsOf(blocks)) {
    const text = plainText(h.children).replace(/\s+/g, ' ').trim();
    const base = tikiIdOf(text);
    const count = (tikiSeen.get(base) ?? 0) + 1;
    tikiSeen.set(base, count);
    const tikiId = count === 1 ? base : `${base}_${count}`;
    const plain = slugger.slug(text);
    out.push({ tikiId, hugoId: plain, text, start: h.start, duplicate: count > 1 });
  }
  return out;
}

export function tikiIdOf(text: string): string {
  const id = text.replace(/[^A-Za-z0-9:._-]+/g, '_').replace(/^[^A-Za-z]+/, '');
  return id || 'a';
}

export function anchorMap(ids: readonly HeadingId[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const id of ids) {
    if (!map.has(id.tikiId)) map.set(id.tikiId, id.hugoId);
  }
  return map;
}

function headingsOf(blocks: readonly TikiBlock[]): TikiHeading[] {
  return blocks.filter((b): b is TikiHeading => b.type === 'heading');
}

// The skeleton of a synthetic Tiki site: page ids, names, sizes, dates, authors, categories, tags,
// attachments and structures, all derived from (pages, seed). Page bodies are generated later, one
// page at a time (body.ts), from the same seed, so the skeleton stays small even for 100k pages.
//
// Realism knobs: ids have gaps (deleted pages); a few names differ only in case or accents from an
// earlier one; a few are in other scripts or full of punctuation; sizes are log-normal (median
// ≈1.8 KB) clamped to 200 B…200 KB, with a few pages pinned near the top; link popularity is Zipf.

import { Random } from './random.js';
import { foreignNames, headingWords, months, prose, punctuatedNames, qualifiers, topics, users } from './vocab.js';

const nameWords = prose.filter((w) => w.length > 3);

export interface AttachmentSpec {
  attId: number;
  filename: string;
  filetype: string;
  size: number;
  /** Bytes in the database, or an empty value plus a path on disk. */
  inDb: boolean;
  user: string;
  created: number;
}

export interface SitePage {
  index: number;
  id: number;
  name: string;
  /** Target body size in characters. */
  size: number;
  isHtml: boolean;
  created: number;
  lastModif: number;
  user: string;
  creator: string;
  lang: string;
  categories: number[];
  tags: number[];
  attachments: AttachmentSpec[];
}

export interface Category {
  id: number;
  name: string;
  parentId: number;
}

export interface Tag {
  id: number;
  tag: string;
  raw: string;
}

export interface Site {
  seed: number;
  pages: SitePage[];
  categories: Category[];
  tags: Tag[];
  /** Popularity order: rank → page index (a fixed shuffle, so popular pages are spread out). */
  byRank: Int32Array;
  /** Structures: lists of page indexes, the first is the root. */
  structures: number[][];
}

const day = 86400;
const start2008 = 1199145600;
const span = 16 * 365 * day;

export function buildSite(count: number, seed: number): Site {
  const rng = new Random(seed, 'site');
  const names = new Set<string>();
  const pages: SitePage[] = [];
  let id = 0;
  let attId = 0;
  for (let index = 0; index < count; index++) {
    id += rng.chance(0.1) ? rng.int(2, 6) : 1;
    const name = uniqueName(pageName(rng, index, pages), names);
    names.add(name);
    const created = start2008 + Math.floor((span * index) / Math.max(1, count)) + rng.int(0, day);
    const size = pageSize(rng, index, count);
    const page: SitePage = {
      index,
      id,
      name,
      size,
      isHtml: rng.chance(0.005),
      created,
      lastModif: created + (rng.chance(0.6) ? rng.int(day, 4 * 365 * day) : 0),
      user: rng.pick(users),
      creator: rng.pick(users),
      lang: rng.chance(0.9) ? 'en' : rng.pick(['de', 'fr', 'ja', 'ru', 'es', '']),
      categories: [],
      tags: [],
      attachments: [],
    };
    if (rng.chance(0.04)) {
      for (let k = rng.int(1, 3); k > 0; k--) page.attachments.push(attachment(rng, ++attId, page));
    }
    pages.push(page);
  }
  const categories = makeCategories(rng, Math.max(12, Math.round(count / 250)));
  const tags = makeTags(rng, Math.max(40, Math.round(count / 15)));
  for (const page of pages) {
    if (rng.chance(0.65)) page.categories = distinct(rng.int(1, 4), () => categories[rng.zipf(categories.length)].id);
    if (rng.chance(0.7)) page.tags = distinct(rng.int(1, 8), () => tags[rng.zipf(tags.length)].id);
  }
  return { seed, pages, categories, tags, byRank: shuffle(rng, count), structures: makeStructures(rng, count) };
}

function pageName(rng: Random, index: number, earlier: readonly SitePage[]): string {
  if (index < topics.length) return topics[index];
  const roll = rng.next();
  if (roll < 0.002 && earlier.length) return variantOf(rng, rng.pick(earlier).name);
  if (roll < 0.012) return `${rng.pick(foreignNames)} ${index}`;
  if (roll < 0.02) return `${rng.pick(punctuatedNames)} ${index}`;
  const topic = rng.pick(topics);
  if (roll < 0.3) return `${topic} ${rng.pick(qualifiers)}`;
  if (roll < 0.45) return `${topic} and ${rng.pick(topics)}`;
  if (roll < 0.7) {
    const year = rng.int(2008, 2024);
    return `${sentence(rng, rng.int(5, 14))} – ${rng.pick(['meta-analysis', 'RCT', 'review', 'study'])} ${rng.pick(months)} ${year}`;
  }
  return `${sentence(rng, rng.int(3, 9))}`;
}

/** Another spelling of an existing name: case, accents or spacing. Tiki's _ci collation would have refused it. */
function variantOf(rng: Random, name: string): string {
  switch (rng.int(0, 2)) {
    case 0:
      return name.toLowerCase() === name ? name.toUpperCase() : name.toLowerCase();
    case 1:
      return name.replace(/e/, 'é').replace(/a/, 'à');
    default:
      return name.replace(/ /, '  ');
  }
}

function sentence(rng: Random, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(rng.chance(0.15) ? rng.pick(topics) : rng.pick(nameWords));
  const text = parts.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function uniqueName(name: string, taken: ReadonlySet<string>): string {
  const cut = name.slice(0, 150).trim() || 'Page';
  if (!taken.has(cut)) return cut;
  for (let k = 2; ; k++) if (!taken.has(`${cut} ${k}`)) return `${cut} ${k}`;
}

function pageSize(rng: Random, index: number, count: number): number {
  // A handful of pages at the top of the range, however small the site.
  if (count >= 100 && index % Math.floor(count / 5) === 7) return rng.int(150_000, 200_000);
  return Math.round(Math.min(200_000, Math.max(200, rng.logNormal(1800, 1.1))));
}

function attachment(rng: Random, attId: number, page: SitePage): AttachmentSpec {
  const kind = rng.weighted([
    ['png', 5],
    ['jpg', 4],
    ['pdf', 3],
    ['xlsx', 1],
  ] as const);
  const types = { png: 'image/png', jpg: 'image/jpeg', pdf: 'application/pdf', xlsx: 'application/vnd.ms-excel' };
  return {
    attId,
    filename: `${kind === 'pdf' ? 'study' : 'chart'}-${attId}.${kind}`,
    filetype: types[kind],
    size: Math.round(Math.min(512 * 1024, Math.max(100, rng.logNormal(12_000, 1.2)))),
    inDb: rng.chance(0.9),
    user: page.user,
    created: page.created + rng.int(0, 30 * day),
  };
}

function makeCategories(rng: Random, count: number): Category[] {
  const out: Category[] = [];
  for (let id = 1; id <= count; id++) {
    const parentId = id <= 8 ? 0 : rng.int(1, id - 1);
    const name = id <= topics.length ? topics[id - 1] : `${rng.pick(topics)} ${rng.pick(qualifiers)}`;
    out.push({ id, name, parentId });
  }
  return out;
}

function makeTags(rng: Random, count: number): Tag[] {
  const out: Tag[] = [];
  const raws = new Set<string>();
  for (let id = 1; out.length < count; id++) {
    let raw = id <= topics.length ? topics[id - 1] : `${rng.pick(topics)} ${rng.pick(qualifiers)}`;
    if (rng.chance(0.2)) raw = raw.toLowerCase();
    if (raws.has(raw)) raw = `${raw} ${id}`;
    raws.add(raw);
    out.push({ id: out.length + 1, raw, tag: raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') });
  }
  return out;
}

function makeStructures(rng: Random, count: number): number[][] {
  const out: number[][] = [];
  for (let s = Math.max(1, Math.floor(count / 500)); s > 0; s--) {
    const first = rng.int(0, Math.max(0, count - 30));
    const members = distinct(Math.min(count, rng.int(5, 20)), () => Math.min(count - 1, first + rng.int(0, 40)));
    out.push(members);
  }
  return out;
}

function distinct(count: number, draw: () => number): number[] {
  const seen = new Set<number>();
  for (let tries = 0; seen.size < count && tries < count * 5; tries++) seen.add(draw());
  return [...seen].sort((a, b) => a - b);
}

function shuffle(rng: Random, count: number): Int32Array {
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = i;
  for (let i = count - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}

/** Heading texts of a page, in order: derived from its own stream so links can aim at them. */
export function headingsOf(seed: number, page: SitePage): string[] {
  const rng = new Random(seed, `headings/${page.id}`);
  const count = Math.min(40, Math.floor(page.size / 1500) + rng.int(0, 1));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    // Long pages repeat section names (a duplicate heading id in Tiki and in Hugo).
    out.push(i > 5 && rng.chance(0.1) ? out[rng.int(0, i - 1)] : rng.chance(0.7) ? rng.pick(headingWords) : `${rng.pick(headingWords)} ${rng.pick(topics)}`);
  }
  return out;
}

/** Tiki's heading id for a heading text (the anchor `((Page|#id))` names). */
export function tikiAnchor(text: string): string {
  return text.replace(/[^A-Za-z0-9:._-]+/g, '_').replace(/^[^A-Za-z]+/, '') || 'a';
}

// Test helpers: build SiteModel values in memory (pages, categories, freetags) and the seed
// page from test/fixtures/seed-page (a copy of shared/fixtures/seed-page).

import { readFileSync } from 'node:fs';
import type { Category, Freetag, Page, SiteModel } from '../../src/load/site-model.js';

export function makePage(id: number, name: string, extra: Partial<Page> = {}): Page {
  return {
    id,
    name,
    pageSlug: null,
    data: '',
    description: '',
    created: 0,
    lastModif: 0,
    user: 'admin',
    creator: 'admin',
    lang: 'en',
    isHtml: false,
    wysiwyg: false,
    ...extra,
  };
}

export function makeSite(pages: Page[], extra: Partial<SiteModel> = {}): SiteModel {
  return {
    pages,
    categories: new Map(),
    pageCategories: new Map(),
    freetags: new Map(),
    pageFreetags: new Map(),
    attachments: [],
    structures: [],
    issues: [],
    ...extra,
  };
}

interface SeedJson {
  tiki_pages: { page_id: number; pageName: string; created: number; lastModif: number; description: string; lang: string };
  categories: { categId: number; name: string; parentId: number }[];
  freetags: string[];
}

// A copy of shared/fixtures/seed-page lives in the repo so tests need nothing outside it.
const sharedDir = new URL('../fixtures/seed-page/', import.meta.url);

export function seedSite(): SiteModel {
  const json = JSON.parse(readFileSync(new URL('page.json', sharedDir), 'utf8')) as SeedJson;
  const row = json.tiki_pages;
  const page = makePage(row.page_id, row.pageName, { created: row.created, lastModif: row.lastModif, lang: row.lang });
  const categories = new Map<number, Category>(json.categories.map((c) => [c.categId, { id: c.categId, name: c.name, parentId: c.parentId }]));
  const freetags = new Map<number, Freetag>(json.freetags.map((t, i) => [i + 1, { id: i + 1, tag: t.toLowerCase(), rawTag: t }]));
  return makeSite([page], {
    categories,
    // deliberately not in id order: the plan must sort
    pageCategories: new Map([[page.name, [...categories.keys()].reverse()]]),
    freetags,
    pageFreetags: new Map([[page.name, [...freetags.keys()]]]),
  });
}

export interface SeedFrontMatter {
  title: string;
  slug: string;
  aliases: string[];
  tiki_page_id: number;
  categories: string[];
  tags: string[];
}

/** The JSON front matter at the top of expected.md. */
export function seedFrontMatter(): SeedFrontMatter {
  const md = readFileSync(new URL('expected.md', sharedDir), 'utf8');
  const end = md.indexOf('\n}\n');
  return JSON.parse(md.slice(0, end + 2)) as SeedFrontMatter;
}

/** Small deterministic PRNG (mulberry32) for property-style loops without extra packages. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

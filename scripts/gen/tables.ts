// Rows of every Tiki table the synthetic site fills, joined the way Tiki joins them (tiki-data.md
// §1.3): categories and free tags hang off a tiki_objects row (type 'wiki page', itemId = page
// name), attachments name their page, structures use page ids. A few orphan rows (an object of a
// deleted page, an attachment of a missing page) are planted, as real sites have them. Rows are
// produced lazily so a 100k-page site is never held in memory as text.

import { pageBody } from './body.js';
import type { SqlRow } from './dump-writer.js';
import { Random } from './random.js';
import type { Site, SitePage } from './site.js';
import { users } from './vocab.js';

export interface TableRows {
  rows: () => Iterable<SqlRow>;
  /** AUTO_INCREMENT= for the ENGINE line (next id), null when the table is empty or has none. */
  next: number | null;
}

/** PHP urlencode(), as in tiki_objects.href. */
export function phpUrlencode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9_.-]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Sizes of what was generated, filled in as the rows are produced. */
export interface GenStats {
  /** UTF-8 bytes of every page body, and of wiki-markup bodies only (what the converter parses). */
  bodyBytes: number;
  wikiBodyBytes: number;
  wikiPages: number;
}

export function siteTables(site: Site, stats: GenStats = { bodyBytes: 0, wikiBodyBytes: 0, wikiPages: 0 }): Map<string, TableRows> {
  const { pages, seed } = site;
  const objectOf = new Map<number, number>();
  let objectId = 0;
  for (const page of pages) if (page.categories.length || page.tags.length) objectOf.set(page.index, ++objectId);
  const orphanObject = ++objectId;
  const fileObject = ++objectId;
  const attachments = pages.flatMap((page) => page.attachments.map((spec) => ({ page, spec })));
  const lastAtt = attachments.length ? attachments[attachments.length - 1].spec.attId : 0;
  const tables = new Map<string, TableRows>();

  tables.set('tiki_categories', {
    next: site.categories.length + 1,
    rows: () => site.categories.map((c) => ({ categId: c.id, name: c.name, description: '', parentId: c.parentId, rootId: 0, hits: 0 })),
  });
  tables.set('tiki_categorized_objects', {
    next: null,
    rows: function* () {
      for (const page of pages) if (page.categories.length) yield { catObjectId: objectOf.get(page.index)! };
      yield { catObjectId: orphanObject };
    },
  });
  tables.set('tiki_category_objects', {
    next: null,
    rows: function* () {
      for (const page of pages) for (const categId of page.categories) yield { catObjectId: objectOf.get(page.index)!, categId };
      yield { catObjectId: orphanObject, categId: 1 };
      yield { catObjectId: fileObject, categId: 2 };
    },
  });
  tables.set('tiki_freetagged_objects', {
    next: site.tags.length + 1,
    rows: function* () {
      const rng = new Random(seed, 'tagged');
      for (const page of pages) {
        for (const tagId of page.tags) {
          yield { tagId, objectId: objectOf.get(page.index)!, user: page.user, created: page.created + 60 };
          if (rng.chance(0.1)) yield { tagId, objectId: objectOf.get(page.index)!, user: rng.pick(users), created: page.created + 3600 };
        }
      }
    },
  });
  tables.set('tiki_freetags', { next: site.tags.length + 1, rows: () => site.tags.map((t) => ({ tagId: t.id, tag: t.tag, raw_tag: t.raw, lang: null })) });
  tables.set('tiki_history', historyTable(site));
  tables.set('tiki_objects', {
    next: objectId + 1,
    rows: function* () {
      for (const page of pages) {
        const id = objectOf.get(page.index);
        if (id !== undefined) yield wikiObject(id, page.name, page.created);
      }
      yield wikiObject(orphanObject, 'A page deleted long ago', 1262304000);
      yield { objectId: fileObject, type: 'file', itemId: '12', description: '', created: 1262304000, name: 'report.pdf', href: 'tiki-download_file.php?fileId=12', hits: 0, comments_locked: 'n' };
    },
  });
  tables.set('tiki_pages', { next: pages.length ? pages[pages.length - 1].id + 1 : null, rows: () => pageRows(site, stats) });
  tables.set('tiki_structures', {
    next: null,
    rows: function* () {
      let ref = 0;
      for (const members of site.structures) {
        const root = ++ref;
        for (const [pos, index] of members.entries()) {
          const page_ref_id = pos === 0 ? root : ++ref;
          yield { page_ref_id, structure_id: root, parent_id: pos === 0 ? 0 : root, page_id: pages[index].id, page_version: null, page_alias: '', pos: pos === 0 ? 1 : pos };
        }
      }
    },
  });
  tables.set('tiki_wiki_attachments', {
    next: lastAtt + 2,
    rows: function* () {
      for (const { page, spec } of attachments) {
        const data = spec.inDb ? attachmentBytes(seed, spec.attId, spec.filetype, spec.size) : Buffer.alloc(0);
        yield {
          attId: spec.attId,
          page: page.name,
          filename: spec.filename,
          filetype: spec.filetype,
          filesize: spec.size,
          user: spec.user,
          data,
          path: spec.inDb ? '' : `${spec.attId}-${spec.filename}`,
          hits: 0,
          created: spec.created,
          comment: '',
        };
      }
      yield { attId: lastAtt + 1, page: 'A page deleted long ago', filename: 'old.png', filetype: 'image/png', filesize: 4, user: 'admin', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]), path: '', hits: 0, created: 1262304000, comment: '' };
    },
  });
  tables.set('users_users', {
    next: users.length + 1,
    rows: () =>
      users.map((login, i) => ({ userId: i + 1, email: `${login.replace(/[^a-z0-9.]/gi, '')}@example.org`, login, default_group: 'Registered', registrationDate: 1199145600 + i * 86400, created: 1199145600 + i * 86400, unsuccessful_logins: 0 })),
  });
  return tables;
}

function wikiObject(objectId: number, name: string, created: number): SqlRow {
  return { objectId, type: 'wiki page', itemId: name, description: '', created, name, href: `tiki-index.php?page=${phpUrlencode(name)}`, hits: 0, comments_locked: 'n' };
}

/** tiki_pages rows. MyISAM returns rows in physical order: about 1% sit out of id order (reused holes). */
function* pageRows(site: Site, stats: GenStats): Iterable<SqlRow> {
  const rng = new Random(site.seed, 'order');
  const late: SitePage[] = [];
  for (const page of site.pages) {
    if (rng.chance(0.01)) late.push(page);
    else yield pageRow(site, page, stats);
  }
  for (const page of late) yield pageRow(site, page, stats);
}

function pageRow(site: Site, page: SitePage, stats: GenStats): SqlRow {
  const data = pageBody(site, page);
  const size = Buffer.byteLength(data);
  stats.bodyBytes += size;
  if (!page.isHtml) {
    stats.wikiBodyBytes += size;
    stats.wikiPages++;
  }
  return {
    page_id: page.id,
    pageName: page.name,
    pageSlug: null,
    hits: (page.id * 7919) % 50000,
    data,
    description: page.index % 3 === 0 ? `About ${page.name}` : '',
    lastModif: page.lastModif,
    comment: page.lastModif > page.created ? 'edited' : 'first save',
    version: page.lastModif > page.created ? 1 + (page.id % 9) : 1,
    version_minor: 0,
    user: page.user,
    ip: '192.0.2.10',
    cache: null,
    creator: page.creator,
    page_size: size,
    lang: page.lang,
    is_html: page.isHtml ? 1 : 0,
    created: page.created,
    wysiwyg: page.isHtml ? 'y' : 'n',
    wiki_authors_style: '',
  };
}

/** Older versions of ~15% of pages (longblob text), which the converter must read past. */
function historyTable(site: Site): TableRows {
  const picked = site.pages.filter((p) => new Random(site.seed, `hist/${p.id}`).chance(0.15));
  return {
    next: picked.length ? picked.length * 2 + 1 : null,
    rows: function* () {
      let historyId = 0;
      for (const page of picked) {
        const old = { ...page, id: -page.id, size: Math.min(page.size, 20_000) };
        const data = Buffer.from(pageBody(site, old), 'utf8');
        for (let version = 1; version <= 2; version++) {
          yield { historyId: ++historyId, pageName: page.name, version, version_minor: 0, lastModif: page.created + version, description: '', user: page.user, ip: '192.0.2.10', comment: '', data: version === 1 ? data.subarray(0, data.length >> 1) : data, type: null, is_html: 0 };
        }
      }
    },
  };
}

/** Deterministic bytes that look like the file type (magic number, then noise). */
function attachmentBytes(seed: number, attId: number, filetype: string, size: number): Buffer {
  const magic = filetype === 'image/png' ? Buffer.from('89504e470d0a1a0a', 'hex') : filetype === 'application/pdf' ? Buffer.from('%PDF-1.4\n') : Buffer.from('ffd8ffe0', 'hex');
  const noise = new Random(seed, `att/${attId}`).bytes(Math.max(0, size - magic.length));
  return Buffer.concat([magic, noise]);
}

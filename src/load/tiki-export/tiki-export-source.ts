// TikiExportSource: Tiki's own page export (tiki-export_wiki_pages.php → dump/export.tar; one tar
// entry per page, named by the raw page name, holding the page as a MIME message: mime.ts) as a
// RowSource of tiki_pages and tiki_history rows. The revision with the highest version is the
// current page; the others become history rows. The form carries nothing else, so the source
// states its limits (an `input-limited` warning): no page ids (pages are numbered 1…N in archive
// order), categories, tags, attachments, files, structures, translations, aliases, languages or
// preferences, and Tiki right-trimmed every line of every body. `created` is the date of the
// oldest revision in the entry. Places: file `<tar>`, line = the entry's 1-based number.

import { readFile } from 'node:fs/promises';
import { InputError } from '../input-error.js';
import type { RowSource, SourceEvent, SqlValue } from '../rows.js';
import { MimeError, paramValue, parseTikiMime, type MimeRevision } from './mime.js';
import { TarError, readTar } from './tar.js';

const pageColumns = ['page_id', 'pageName', 'data', 'description', 'lastModif', 'comment', 'version', 'user', 'ip', 'hits', 'created', 'flag'];
const historyColumns = ['historyId', 'pageName', 'version', 'lastModif', 'description', 'user', 'ip', 'comment', 'data'];
const expected = 'a Tiki page export: a tar of MIME messages (application/x-tikiwiki), as tiki-export_wiki_pages.php writes dump/export.tar';

export const tikiExportLimitations =
  'a Tiki page export carries pages and their history only: no page ids (pages are numbered 1…N in archive order), ' +
  'categories, tags, attachments, files, structures, translations, aliases, languages or preferences; ' +
  'Tiki also removed the trailing spaces of every line of every body';

export class TikiExportSource implements RowSource {
  readonly kind = 'tiki-export';
  readonly limitations = tikiExportLimitations;

  constructor(
    readonly file: string,
    private readonly tables: readonly string[],
  ) {}

  async *events(): AsyncGenerator<SourceEvent> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.file);
    } catch (error) {
      throw new InputError(this.file, null, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, expected);
    }
    let entries;
    try {
      entries = readTar(bytes);
    } catch (error) {
      if (error instanceof TarError) throw new InputError(this.file, null, `${error.message} (at byte ${error.offset})`, expected);
      throw error;
    }
    if (entries.length === 0) throw new InputError(this.file, null, 'the archive holds no page', expected);

    const history: { line: number; row: Map<string, SqlValue> }[] = [];
    yield { kind: 'table', table: 'tiki_pages', line: 0, columns: pageColumns };
    let historyId = 0;
    for (const [k, entry] of entries.entries()) {
      const line = k + 1;
      let revisions: MimeRevision[];
      try {
        revisions = parseTikiMime(entry.data);
      } catch (error) {
        if (error instanceof MimeError) throw new InputError(this.file, line, `entry ${JSON.stringify(entry.name)}: ${error.message}`, expected);
        throw error;
      }
      const sorted = revisions.map((r) => ({ r, version: Number(paramValue(r.params, 'version')) || 0 })).sort((a, b) => b.version - a.version);
      const current = sorted[0].r;
      const name = paramValue(current.params, 'pagename') || entry.name;
      const created = Math.min(...revisions.map((r) => Number(paramValue(r.params, 'lastmodified')) || Infinity));
      yield { kind: 'row', table: 'tiki_pages', line, row: pageRow(line, name, current, Number.isFinite(created) ? created : 0) };
      for (const { r } of sorted.slice(1)) history.push({ line, row: historyRow(++historyId, name, r) });
    }
    if (!this.tables.includes('tiki_history')) return;
    yield { kind: 'table', table: 'tiki_history', line: 0, columns: historyColumns };
    for (const { line, row } of history) yield { kind: 'row', table: 'tiki_history', line, row };
  }
}

function pageRow(id: number, name: string, r: MimeRevision, created: number): Map<string, SqlValue> {
  const p = (key: string) => paramValue(r.params, key);
  return new Map<string, SqlValue>([
    ['page_id', String(id)],
    ['pageName', name],
    ['data', r.body],
    ['description', p('description')],
    ['lastModif', digits(p('lastmodified'))],
    ['comment', p('summary')],
    ['version', digits(p('version'))],
    ['user', p('author')],
    ['ip', p('author_id')],
    ['hits', digits(p('hits'))],
    ['created', String(created)],
    ['flag', p('flags')],
  ]);
}

function historyRow(id: number, name: string, r: MimeRevision): Map<string, SqlValue> {
  const p = (key: string) => paramValue(r.params, key);
  return new Map<string, SqlValue>([
    ['historyId', String(id)],
    ['pageName', name],
    ['version', digits(p('version'))],
    ['lastModif', digits(p('lastmodified'))],
    ['description', p('description')],
    ['user', p('author')],
    ['ip', p('author_id')],
    ['comment', p('summary')],
    ['data', r.body],
  ]);
}

/** A numeric parameter as the row model wants it: digits, or NULL when absent or not a number. */
function digits(value: string): string | null {
  return /^\d+$/.test(value) ? value : null;
}

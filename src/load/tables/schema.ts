// The Tiki tables the SiteModel is built from and the columns each must have. tiki_pages is
// required; the others are optional (absent = no categories, tags, attachments, files,
// structures, translations, relations, routes or preferences), but when present they must have
// the columns their joins use. Any other column may be missing (older Tiki schemas lack
// pageSlug, for instance) and gets a default. tiki_history and tiki_actionlog are read only with
// the `history` option. `unusedColumns` are big columns no source needs to fetch.

import { InputError } from '../input-error.js';

interface TableRule {
  required: readonly string[];
  /** Shown when a required column is missing, to help place the dump's schema version. */
  note?: string;
}

export const tableRules: ReadonlyMap<string, TableRule> = new Map<string, TableRule>([
  ['tiki_pages', { required: ['page_id', 'pageName', 'data'] }],
  ['tiki_categories', { required: ['categId', 'name', 'parentId'] }],
  ['tiki_objects', { required: ['objectId', 'type', 'itemId'] }],
  ['tiki_category_objects', { required: ['catObjectId', 'categId'] }],
  ['tiki_freetags', { required: ['tagId', 'tag', 'raw_tag'] }],
  [
    'tiki_freetagged_objects',
    { required: ['tagId', 'objectId'], note: 'very early Tiki free-tag tables (type/objId columns) are not supported' },
  ],
  ['tiki_wiki_attachments', { required: ['attId', 'page'] }],
  [
    'tiki_structures',
    { required: ['page_ref_id', 'structure_id', 'page_id'], note: 'structures keyed by page name (before Tiki 1.8) are not supported' },
  ],
  ['tiki_files', { required: ['fileId'] }],
  ['tiki_file_galleries', { required: ['galleryId'] }],
  ['tiki_translated_objects', { required: ['traId', 'type', 'objId'] }],
  ['tiki_object_relations', { required: ['relation', 'source_itemId', 'target_itemId'] }],
  ['tiki_custom_route', { required: ['type', 'from', 'redirect'] }],
  ['tiki_preferences', { required: ['name', 'value'] }],
  ['tiki_history', { required: ['pageName', 'version'] }],
  ['tiki_actionlog', { required: ['action', 'object', 'objectType'] }],
]);

/** Tables read only with the `history` load option. */
export const historyTables: readonly string[] = ['tiki_history', 'tiki_actionlog'];

/** The tables whose rows the SiteModel needs: readers may skip decoding every other table. */
export const siteModelTables: readonly string[] = [...tableRules.keys()].filter((t) => !historyTables.includes(t));

/** The tables to read for a load with or without history. */
export function tablesFor(options: { history?: boolean }): readonly string[] {
  return options.history ? [...tableRules.keys()] : siteModelTables;
}

/** Columns no part of the SiteModel reads and that can be large (page caches, old bodies, OCR text). */
export const unusedColumns: ReadonlyMap<string, readonly string[]> = new Map([
  ['tiki_pages', ['cache', 'wiki_cache']],
  ['tiki_history', ['data']],
  ['tiki_files', ['search_data', 'metadata', 'ocr_data']],
  ['tiki_actionlog', ['log']],
]);

/** Throws an InputError naming the first required column `columns` lacks (line 0: no line applies). */
export function checkColumns(file: string, line: number, table: string, columns: readonly string[]): void {
  const rule = tableRules.get(table);
  if (rule === undefined) return;
  const have = new Set(columns);
  const missing = rule.required.filter((column) => !have.has(column));
  if (missing.length === 0) return;
  const list = missing.map((c) => `\`${c}\``).join(', ');
  throw new InputError(
    file,
    line > 0 ? line : null,
    `table \`${table}\` has no column${missing.length > 1 ? 's' : ''} ${list}${rule.note ? ` (${rule.note})` : ''}`,
    `a Tiki table \`${table}\` with the columns ${rule.required.map((c) => `\`${c}\``).join(', ')}`,
  );
}

/** Throws the InputError for a source without any tiki_pages table. */
export function missingPagesTable(file: string): never {
  throw new InputError(
    file,
    null,
    'no table `tiki_pages` in this input (it holds no CREATE TABLE `tiki_pages` and no rows for it)',
    'a dump of a whole Tiki database, made with mysqldump including table structures, with table tiki_pages',
  );
}

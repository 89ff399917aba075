// buildSiteModel(source): the SiteModel of a Tiki site from any RowSource (SQL dump, live
// database, JSON/TSV export, Tiki page export). Reads the tables listed in tables/schema.ts and
// ignores every other table. A row whose value has the wrong type (page_id 'abc', NULL pageName)
// is an InputError naming the file, line and column; duplicate page ids, orphan rows and repaired
// text are not fatal: they become LoadIssues (see issues.ts). Options: `history` also reads
// tiki_history and tiki_actionlog; `filesDir` is where bytes stored on disk are looked up.

import { categoryPaths, redirectPages } from './derived.js';
import { findDiskFiles } from './disk-files.js';
import { InputError } from './input-error.js';
import { IssueLog } from './issues.js';
import { RowValueError, type Row, type RowSource } from './rows.js';
import type { InputPlace, SiteModel } from './site-model.js';
import { BlobStore } from './blob-store.js';
import { AttachmentsCollector } from './tables/attachments.js';
import { CustomRoutesCollector } from './tables/custom-routes.js';
import { FilesCollector } from './tables/files.js';
import { HistoryCollector } from './tables/history.js';
import { PagesCollector } from './tables/pages.js';
import { PreferencesCollector } from './tables/preferences.js';
import { RelationsCollector } from './tables/relations.js';
import { checkColumns, missingPagesTable, tablesFor } from './tables/schema.js';
import { StructuresCollector } from './tables/structures.js';
import { TaxonomyCollector } from './tables/taxonomy.js';
import { TranslationsCollector } from './tables/translations.js';

export interface BuildOptions {
  /** Also read previous revisions (tiki_history) and renames (tiki_actionlog). */
  history?: boolean;
  /** Folder holding the attachment/gallery files Tiki stored on disk; null = not available. */
  filesDir?: string | null;
}

/** Optional tables whose presence (with at least one row) is recorded in SiteModel.input.features. */
const featureTables = ['tiki_files', 'tiki_structures', 'tiki_translated_objects', 'tiki_object_relations', 'tiki_custom_route'];

export async function buildSiteModel(source: RowSource, options: BuildOptions = {}): Promise<SiteModel> {
  const { file } = source;
  const issues = new IssueLog(file);
  const pages = new PagesCollector(issues);
  const taxonomy = new TaxonomyCollector(issues);
  const blobs = new BlobStore();
  const attachments = new AttachmentsCollector(issues, blobs);
  const structures = new StructuresCollector(issues);
  const files = new FilesCollector(blobs);
  const translations = new TranslationsCollector(issues);
  const relations = new RelationsCollector();
  const routes = new CustomRoutesCollector();
  const preferences = new PreferencesCollector();
  const history = new HistoryCollector();

  const handlers: Record<string, (row: Row, at: InputPlace) => void> = {
    tiki_pages: (row, at) => pages.add(row, at),
    tiki_categories: (row) => taxonomy.addCategory(row),
    tiki_objects: (row, at) => taxonomy.addObject(row, at),
    tiki_category_objects: (row, at) => taxonomy.addCategoryObject(row, at),
    tiki_freetags: (row) => taxonomy.addFreetag(row),
    tiki_freetagged_objects: (row, at) => taxonomy.addTaggedObject(row, at),
    tiki_wiki_attachments: (row, at) => attachments.add(row, at),
    tiki_structures: (row, at) => structures.add(row, at),
    tiki_files: (row) => files.addFile(row),
    tiki_file_galleries: (row) => files.addGallery(row),
    tiki_translated_objects: (row, at) => translations.add(row, at),
    tiki_object_relations: (row) => relations.add(row),
    tiki_custom_route: (row) => routes.add(row),
    tiki_preferences: (row) => preferences.add(row),
    tiki_history: (row) => history.addRevision(row),
    tiki_actionlog: (row) => history.addAction(row),
  };
  const wanted = new Set(tablesFor(options));

  /** Tables whose columns were checked (from their announcement, or else from their first row). */
  const checked = new Set<string>();
  const withRows = new Set<string>();
  let pageColumns: readonly string[] = [];
  for await (const event of source.events()) {
    if (event.kind === 'issue') {
      issues.add(event.ruleId, { file: event.file, line: event.line }, event.message, undefined, event.severity);
      continue;
    }
    if (!wanted.has(event.table)) continue;
    const at: InputPlace = { file: event.file ?? file, line: event.line };
    if (event.kind === 'table') {
      checkColumns(at.file, at.line, event.table, event.columns);
      checked.add(event.table);
      if (event.table === 'tiki_pages') pageColumns = event.columns;
      continue;
    }
    if (!checked.has(event.table)) {
      checkColumns(at.file, at.line, event.table, [...event.row.keys()]);
      checked.add(event.table);
      if (event.table === 'tiki_pages') pageColumns = [...event.row.keys()];
    }
    withRows.add(event.table);
    try {
      handlers[event.table](event.row, at);
    } catch (error) {
      if (!(error instanceof RowValueError)) throw error;
      throw new InputError(at.file, at.line, `row of table \`${event.table}\`: column \`${error.column}\`: ${error.problem}`, error.expected);
    }
  }
  if (!checked.has('tiki_pages')) missingPagesTable(file);
  if (source.limitations) issues.add('input-limited', null, source.limitations, undefined, 'warning');

  const pageList = pages.pages();
  const { pageCategories, pageFreetags } = taxonomy.resolve(pageList);
  const categories = sortedById(taxonomy.categories);
  const attachmentList = attachments.resolve(pageList);
  const fileList = files.resolve();
  return {
    pages: pageList,
    categories,
    pageCategories,
    freetags: sortedById(taxonomy.freetags),
    pageFreetags,
    attachments: attachmentList,
    structures: structures.resolve(pageList),
    issues: issues.list(),
    categoryPaths: categoryPaths(categories),
    files: fileList.files,
    fileGalleries: fileList.galleries,
    diskFiles: findDiskFiles(attachmentList, fileList.files, options.filesDir ?? null),
    translations: translations.resolve(pageList),
    relations: relations.resolve(),
    redirectPages: redirectPages(pageList),
    customRoutes: routes.resolve(pageList),
    preferences: preferences.resolve(),
    history: history.resolveRevisions(pageList),
    renames: history.resolveRenames(pageList),
    input: {
      kind: source.kind ?? 'rows',
      features: [...(pageColumns.includes('pageSlug') ? ['pageSlug'] : []), ...featureTables.filter((t) => withRows.has(t))],
    },
  };
}

/** The same map with keys in ascending order, so iteration does not depend on the input order. */
function sortedById<T>(map: ReadonlyMap<number, T>): Map<number, T> {
  return new Map([...map].sort(([a], [b]) => a - b));
}

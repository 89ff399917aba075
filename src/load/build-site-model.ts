// buildSiteModel(source): the SiteModel of a Tiki site from any RowSource (SQL dump today). Reads
// the tables listed in tables/schema.ts and ignores every other table. A row whose value has the
// wrong type (page_id 'abc', NULL pageName) is an InputError naming the file, line and column;
// duplicate page ids and orphan rows are not fatal: they become LoadIssues (see issues.ts).

import { InputError } from './input-error.js';
import { IssueLog } from './issues.js';
import { RowValueError, type Row, type RowSource } from './rows.js';
import type { SiteModel } from './site-model.js';
import { AttachmentsCollector } from './tables/attachments.js';
import { PagesCollector } from './tables/pages.js';
import { checkColumns, missingPagesTable, tableRules } from './tables/schema.js';
import { StructuresCollector } from './tables/structures.js';
import { TaxonomyCollector } from './tables/taxonomy.js';

export async function buildSiteModel(source: RowSource): Promise<SiteModel> {
  const { file } = source;
  const issues = new IssueLog(file);
  const pages = new PagesCollector(issues);
  const taxonomy = new TaxonomyCollector(issues);
  const attachments = new AttachmentsCollector(issues);
  const structures = new StructuresCollector(issues);

  const handlers: Record<string, (row: Row, line: number) => void> = {
    tiki_pages: (row, line) => pages.add(row, line),
    tiki_categories: (row) => taxonomy.addCategory(row),
    tiki_objects: (row, line) => taxonomy.addObject(row, line),
    tiki_category_objects: (row, line) => taxonomy.addCategoryObject(row, line),
    tiki_freetags: (row) => taxonomy.addFreetag(row),
    tiki_freetagged_objects: (row, line) => taxonomy.addTaggedObject(row, line),
    tiki_wiki_attachments: (row, line) => attachments.add(row, line),
    tiki_structures: (row, line) => structures.add(row, line),
  };

  /** Tables whose columns were checked (from their announcement, or else from their first row). */
  const checked = new Set<string>();
  for await (const event of source.events()) {
    if (!tableRules.has(event.table)) continue;
    if (event.kind === 'table') {
      checkColumns(file, event.line, event.table, event.columns);
      checked.add(event.table);
      continue;
    }
    if (!checked.has(event.table)) {
      checkColumns(file, event.line, event.table, [...event.row.keys()]);
      checked.add(event.table);
    }
    try {
      handlers[event.table](event.row, event.line);
    } catch (error) {
      if (!(error instanceof RowValueError)) throw error;
      throw new InputError(
        file,
        event.line,
        `row of table \`${event.table}\`: column \`${error.column}\`: ${error.problem}`,
        error.expected,
      );
    }
  }
  if (!checked.has('tiki_pages')) missingPagesTable(file);

  const pageList = pages.pages();
  const { pageCategories, pageFreetags } = taxonomy.resolve(pageList);
  return {
    pages: pageList,
    categories: sortedById(taxonomy.categories),
    pageCategories,
    freetags: sortedById(taxonomy.freetags),
    pageFreetags,
    attachments: attachments.resolve(pageList),
    structures: structures.resolve(pageList),
    issues: issues.list(),
  };
}

/** The same map with keys in ascending order, so iteration does not depend on the input order. */
function sortedById<T>(map: ReadonlyMap<number, T>): Map<number, T> {
  return new Map([...map].sort(([a], [b]) => a - b));
}

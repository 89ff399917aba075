// The SiteModel: everything the rest of the pipeline knows about a Tiki site, independent of the
// source it was read from (SQL dump today; live database, JSON/TSV exports later). Built from rows
// keyed by column name (see rows.ts), never from column positions.

/** One wiki page: the current revision from `tiki_pages`. */
export interface Page {
  id: number;
  name: string;
  /** Tiki 16+ `pageSlug`; null when the column is absent or empty. */
  pageSlug: string | null;
  /** Page body: Tiki markup, or HTML when `isHtml`. */
  data: string;
  description: string;
  /** Unix epoch seconds. */
  created: number;
  lastModif: number;
  user: string;
  creator: string;
  lang: string;
  isHtml: boolean;
  wysiwyg: boolean;
}

export interface Category {
  id: number;
  name: string;
  /** 0 = top level. */
  parentId: number;
}

export interface Freetag {
  id: number;
  /** Normalized form (lower-cased, filtered by Tiki). */
  tag: string;
  /** As typed by the user: what readers saw. */
  rawTag: string;
}

export interface Attachment {
  id: number;
  /** The page (by name) the attachment belongs to. */
  page: string;
  filename: string;
  filetype: string;
  filesize: number;
  /** Bytes stored in the database; null when they live on disk (`path`). */
  data: Uint8Array | null;
  path: string;
  created: number;
  comment: string;
}

export interface StructureNode {
  pageRefId: number;
  structureId: number;
  parentId: number;
  pageId: number;
  pageAlias: string;
  pos: number;
}

/** Where a problem in the input was seen: file and 1-based line. */
export interface InputPlace {
  file: string;
  line: number;
}

/** Problems found while loading that are not fatal (duplicate keys, orphans). */
export interface LoadIssue {
  ruleId: 'page-id-duplicate' | 'orphan-row';
  message: string;
  place: InputPlace | null;
  pageId: number | null;
  pageName: string | null;
}

export interface SiteModel {
  /** Pages in ascending page_id order; a duplicated page_id keeps its first row. */
  pages: Page[];
  categories: Map<number, Category>;
  /** Page name → category ids in ascending id order (the order a dump preserves). */
  pageCategories: Map<string, number[]>;
  freetags: Map<number, Freetag>;
  /** Page name → freetag ids (distinct, ascending). */
  pageFreetags: Map<string, number[]>;
  attachments: Attachment[];
  structures: StructureNode[];
  issues: LoadIssue[];
}

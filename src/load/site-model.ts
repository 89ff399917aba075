// The SiteModel: everything the rest of the pipeline knows about a Tiki site, independent of the
// source it was read from (SQL dump, live database, JSON/TSV exports, Tiki page export). Built
// from rows keyed by column name (see rows.ts), never from column positions.

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
  /** The name as stored, when charset repair changed it (double-encoded UTF-8); Tiki served URLs for this spelling. */
  originalName?: string;
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

/**
 * Bytes of an attachment or gallery file stored in the database. The loader spills them to a
 * scratch file as they pass (load/blob-store.ts); `read()` returns them when they are written out.
 */
export interface StoredBytes {
  readonly length: number;
  read(): Uint8Array;
}

export interface Attachment {
  id: number;
  /** The page (by name) the attachment belongs to. */
  page: string;
  filename: string;
  filetype: string;
  filesize: number;
  /** Bytes stored in the database (read back when written out); null when they live on disk (`path`). */
  data: StoredBytes | null;
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

/** Problems found while loading that are not fatal (duplicate keys, orphans, repaired text). */
export interface LoadIssue {
  ruleId: 'page-id-duplicate' | 'orphan-row' | 'charset-repaired' | 'input-limited' | 'input-ambiguous';
  message: string;
  place: InputPlace | null;
  pageId: number | null;
  pageName: string | null;
  /** Absent: error for page-id-duplicate, warning otherwise. */
  severity?: 'error' | 'warning' | 'info';
}

/** A file-gallery file (`tiki_files`, current version only: rows with archiveId <> 0 are skipped). */
export interface GalleryFile {
  id: number;
  galleryId: number;
  /** Display name (title) of the file in the gallery. */
  name: string;
  /** The real file name ("chart.png"); may be empty on old rows. */
  filename: string;
  filetype: string;
  filesize: number;
  /** Bytes stored in the database (read back when written out); null when they live on disk (`path`). */
  data: StoredBytes | null;
  path: string;
  created: number;
  lastModif: number;
  user: string;
  description: string;
}

/** `tiki_file_galleries`: parentId -1 = top level. */
export interface FileGallery {
  id: number;
  name: string;
  type: string;
  parentId: number;
}

/** Where the bytes of an attachment or gallery file stored on disk were found under `--files-dir`. */
export interface DiskFile {
  kind: 'attachment' | 'file';
  id: number;
  /** Absolute path of the file, or null when `path` names a file that is not there. */
  found: string | null;
}

/** A `tiki_translated_objects` row of type 'wiki page': pages sharing traId translate each other. */
export interface Translation {
  traId: number;
  pageId: number;
  lang: string;
}

/** A `tiki_object_relations` row (semantic links; `tiki.link.alias` = the target name is an alias of the source page). */
export interface ObjectRelation {
  id: number;
  relation: string;
  sourceType: string;
  sourceItemId: string;
  targetType: string;
  targetItemId: string;
}

/** A page whose whole body is `{redirect page="Target"}` (or `{REDIRECT(page=>Target)/}`): an alias of Target. */
export interface RedirectPage {
  pageId: number;
  target: string;
  /** The page the target names (exact name), or null when no page has that name. */
  targetPageId: number | null;
}

/** A `tiki_custom_route` row (Tiki 18+ admin-defined short URLs). `redirect` is kept raw (JSON in Tiki). */
export interface CustomRoute {
  id: number;
  type: string;
  from: string;
  redirect: string;
  active: boolean;
  shortUrl: boolean;
  description: string;
  /** The wiki page the route leads to, when the route is of type Object for a wiki page and the page exists. */
  pageId: number | null;
}

/** A previous revision (`tiki_history`; bodies are not kept). Only loaded with `history`. */
export interface HistoryRevision {
  pageName: string;
  version: number;
  lastModif: number;
  user: string;
  comment: string;
}

/** A rename found in `tiki_actionlog` (action 'Renamed', wiki page). Only loaded with `history`. */
export interface PageRename {
  oldName: string;
  newName: string;
  /** Epoch seconds of the rename. */
  at: number;
  /** The page the name leads to now (renames followed to the end), or null when that page is gone. */
  pageId: number | null;
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
  // The fields below are always set by buildSiteModel; they are optional so hand-built models stay short.
  /** Category id → names from the top-level category down to it ("Health Topics", "Vitamins", "Vitamin D"). */
  categoryPaths?: Map<number, string[]>;
  /** Current file-gallery files, ascending fileId. */
  files?: GalleryFile[];
  fileGalleries?: Map<number, FileGallery>;
  /** Attachments and files whose bytes are on disk (`path`), looked up under `--files-dir`; ascending kind, id. */
  diskFiles?: DiskFile[];
  /** Wiki-page translations, by traId then page_id. */
  translations?: Translation[];
  /** Object relations, ascending relationId. */
  relations?: ObjectRelation[];
  /** `{redirect}` pages, ascending page_id. */
  redirectPages?: RedirectPage[];
  customRoutes?: CustomRoute[];
  /** `tiki_preferences` name → value (site settings: feature_sefurl, wikiHomePage, …). */
  preferences?: Map<string, string>;
  /** Previous revisions, by page name then version; empty unless loaded with `history`. */
  history?: HistoryRevision[];
  /** Renames from tiki_actionlog, in log order; empty unless loaded with `history`. */
  renames?: PageRename[];
  /** What the input was and what it could carry (source kind, detected schema features). */
  input?: InputInfo;
}

export interface InputInfo {
  /** 'sql-dump' | 'mysql' | 'phpmyadmin-json' | 'mysqldump-tab' | 'mysql-batch' | 'tiki-export'. */
  kind: string;
  /** Schema features seen: 'pageSlug' (Tiki 16+), 'tiki_object_relations', 'tiki_custom_route' … */
  features: string[];
}

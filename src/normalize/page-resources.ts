// What a page's conversion may look up beyond its own source, as plain data so it can cross a
// worker boundary: the page itself (for {lastmod}, {sign}), other pages' sources (for {include}
// and {TRANSCLUDE}, resolved by the caller through the page index) and the asset manifest (for
// {img}, {file}, {attach} and download links).

export interface PageFacts {
  name: string;
  /** Unix epoch seconds. */
  lastModif: number;
  user: string;
}

export interface AssetRef {
  /** Site-relative URL of the extracted file, e.g. "/files/att-1-chart.png". */
  url: string;
  filename: string;
  /** True when the bytes were not found: the URL is planned but the file does not exist. */
  missing: boolean;
}

export interface AssetLookup {
  attachment(attId: number): AssetRef | null;
  file(fileId: number): AssetRef | null;
  /** An attachment of `page` by its file name (`{file name="x.pdf"}`). */
  attachmentByName(page: string, filename: string): AssetRef | null;
}

export interface PageResources {
  page?: PageFacts;
  /** Source of another page by name (after link resolution), or null when it does not exist. */
  pageSource?(name: string): { name: string; source: string } | null;
  assets?: AssetLookup;
}

// The asset plan: where every attachment and gallery file goes in the new site, and the lookups
// the normalize stage uses to rewrite {img attId=N}, {img fileId=N}, {file name=…}, {attach …},
// tiki-download_file.php?fileId=N, dlN, displayN and attId links. Built once, in the Plan.

export interface AssetEntry {
  kind: 'attachment' | 'file';
  /** attId or fileId. */
  id: number;
  /** The real file name as Tiki kept it ("25ohd-ranges.png"). */
  filename: string;
  filetype: string;
  /** Path under output/static/: "files/att-1-25ohd-ranges.png". */
  file: string;
  /** Site URL of the file: "/files/att-1-25ohd-ranges.png" (planned even when `missing`). */
  url: string;
  /** The page an attachment belongs to (or whose attachment gallery holds the file); null for other gallery files. */
  pageId: number | null;
  /** No bytes: nothing is written at `url`; references must not point there (an `attachment-missing` finding exists). */
  missing: boolean;
}

/** One legacy download URL → the new file (status 410 when the bytes are missing). */
export interface AssetRedirect {
  /** Site-relative request: "/tiki-download_wiki_attachment.php?attId=1", "/dl3". */
  from: string;
  /** New URL, or '' when missing. */
  to: string;
  status: 301 | 410;
  kind: 'attachment' | 'file';
  assetId: number;
  pageId: number | null;
}

export interface AssetPlan {
  /** Folder under output/static/ (and URL prefix): "files". */
  dir: string;
  /** Every asset: attachments by attId, then files by fileId. */
  entries: AssetEntry[];
  byAttId: Map<number, AssetEntry>;
  byFileId: Map<number, AssetEntry>;
  /** pageAssetKey(pageId, filename) → the page's attachment (or attachment-gallery file) of that name; the newest wins. */
  byPageAndName: Map<string, AssetEntry>;
  /** Every legacy download URL of every asset, in entry order. */
  redirects: AssetRedirect[];
}

/** Key of AssetPlan.byPageAndName. File names compare exactly, as Tiki's {file name=…} does. */
export function pageAssetKey(pageId: number, filename: string): string {
  return `${pageId}\u0000${filename}`;
}

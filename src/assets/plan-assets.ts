// planAssets(site): the AssetPlan (asset-types.ts) and its findings. Every wiki attachment and
// every current gallery file gets a name (asset-names.ts) under the assets folder; its bytes are
// in the database (`data`), or on disk when the load stage found `path` under the files folder.
// Without bytes an asset is `missing`: an `attachment-missing` warning names it, its page and
// where the bytes were looked for, and its legacy URLs answer 410.
//
// Page lookups (byPageAndName): a page's attachments by file name, then the files of its
// attachment gallery (pref feature_use_fgal_for_wiki_attachments: a gallery named like the page,
// under gallery fgal_root_wiki_attachments_id (default 3) or of type 'attachments'), by file
// name and by display name. Among equal names the highest id (the newest upload) wins.
//
// Legacy URLs (legacy-urls-and-redirects.md §1.3), relative to the Tiki base path:
//   attachment  /tiki-download_wiki_attachment.php?attId=N
//   file        /tiki-download_file.php?fileId=N, /dlN, /displayN, /thumbnailN, /previewN

import type { Attachment, GalleryFile, Page, SiteModel } from '../load/site-model.js';
import type { Finding } from '../report/finding.js';
import { assetFileName } from './asset-names.js';
import { pageAssetKey, type AssetEntry, type AssetPlan, type AssetRedirect } from './asset-types.js';

export interface AssetOptions {
  /** Folder under output/static/ and URL prefix (default "files"). */
  dir?: string;
  /** Path the Tiki site lived under ("/tiki"). */
  basePath?: string;
  /** Where on-disk bytes were looked for, for messages (null: nowhere). */
  filesDir?: string | null;
}

export function planAssets(site: SiteModel, options: AssetOptions = {}): { assets: AssetPlan; findings: Finding[] } {
  const dir = (options.dir ?? 'files').replace(/^\/+|\/+$/g, '') || 'files';
  const base = normalizeBase(options.basePath ?? '');
  const pagesByName = new Map(site.pages.map((p) => [p.name, p]));
  const onDisk = new Map((site.diskFiles ?? []).map((d) => [`${d.kind}:${d.id}`, d.found]));
  const findings: Finding[] = [];

  const entry = (kind: AssetEntry['kind'], item: Attachment | GalleryFile, filename: string, page: Page | null): AssetEntry => {
    const name = assetFileName(kind, item.id, filename, item.filetype);
    const missing = item.data === null && (onDisk.get(`${kind}:${item.id}`) ?? null) === null;
    if (missing) findings.push(missingFinding(kind, item, filename, page, options.filesDir ?? null));
    return { kind, id: item.id, filename, filetype: item.filetype, file: `${dir}/${name}`, url: `/${dir}/${name}`, pageId: page?.id ?? null, missing };
  };

  const galleries = site.fileGalleries ?? new Map();
  const root = Number(site.preferences?.get('fgal_root_wiki_attachments_id') ?? 3);
  const attachmentGalleryPage = (galleryId: number): Page | null => {
    const gallery = galleries.get(galleryId);
    if (gallery === undefined || (gallery.parentId !== root && gallery.type !== 'attachments')) return null;
    return pagesByName.get(gallery.name) ?? null;
  };

  const entries: AssetEntry[] = [];
  for (const a of site.attachments) entries.push(entry('attachment', a, a.filename, pagesByName.get(a.page) ?? null));
  for (const f of site.files ?? []) entries.push(entry('file', f, f.filename || f.name, attachmentGalleryPage(f.galleryId)));

  const byAttId = new Map(entries.filter((e) => e.kind === 'attachment').map((e) => [e.id, e]));
  const byFileId = new Map(entries.filter((e) => e.kind === 'file').map((e) => [e.id, e]));
  const byPageAndName = new Map<string, AssetEntry>();
  const claim = (key: string, e: AssetEntry) => {
    const held = byPageAndName.get(key);
    if (held === undefined || (held.kind === e.kind && held.id < e.id)) byPageAndName.set(key, e);
  };
  for (const e of entries) if (e.kind === 'attachment' && e.pageId !== null) claim(pageAssetKey(e.pageId, e.filename), e);
  for (const f of site.files ?? []) {
    const e = byFileId.get(f.id)!;
    if (e.pageId === null) continue;
    for (const name of new Set([f.filename, f.name].filter((n) => n !== ''))) claim(pageAssetKey(e.pageId, name), e);
  }

  const redirects: AssetRedirect[] = entries.flatMap((e) =>
    legacyPaths(e).map((from) => ({
      from: `${base}${from}`,
      to: e.missing ? '' : e.url,
      status: e.missing ? (410 as const) : (301 as const),
      kind: e.kind,
      assetId: e.id,
      pageId: e.pageId,
    })),
  );
  return { assets: { dir, entries, byAttId, byFileId, byPageAndName, redirects }, findings };
}

function legacyPaths(e: AssetEntry): string[] {
  if (e.kind === 'attachment') return [`/tiki-download_wiki_attachment.php?attId=${e.id}`];
  return [`/tiki-download_file.php?fileId=${e.id}`, `/dl${e.id}`, `/display${e.id}`, `/thumbnail${e.id}`, `/preview${e.id}`];
}

function missingFinding(kind: AssetEntry['kind'], item: Attachment | GalleryFile, filename: string, page: Page | null, filesDir: string | null): Finding {
  const what = kind === 'attachment' ? `attachment ${item.id}` : `gallery file ${item.id}`;
  const where =
    item.path === ''
      ? 'its data is empty and it names no file on disk'
      : filesDir === null
        ? `its bytes are on disk as ${JSON.stringify(item.path)}, and no --files-dir was given`
        : `its bytes should be on disk as ${JSON.stringify(item.path)}, which is not in ${filesDir}`;
  return {
    ruleId: 'attachment-missing',
    severity: 'warning',
    pageId: page?.id ?? null,
    pageName: page?.name ?? null,
    line: null,
    column: null,
    message: `${what} (${JSON.stringify(filename)}) has no bytes: ${where}; it is not written, its links must not point at it, and its old URLs answer 410`,
  };
}

function normalizeBase(basePath: string): string {
  const trimmed = basePath.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}

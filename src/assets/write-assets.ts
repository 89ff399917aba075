// writeAssets(out, plan, site): the bytes of every asset that has them, written to
// output/static/<dir>/<name> exactly as stored (from the database value or the file found under
// --files-dir), and the asset manifest output/redirects/assets.csv:
//   legacy_url,new_url,status,page_id,kind,asset_id
// one row per legacy download URL (status 410 and an empty new_url for missing assets), so the
// redirect maps can cover downloads. The assets folder is owned by the run (replaced whole).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StagedTree } from '../emit/write-tree.js';
import type { SiteModel, StoredBytes } from '../load/site-model.js';
import type { Plan } from '../plan/plan-types.js';
import { csvField } from '../redirects/csv.js';
import type { AssetRedirect } from './asset-types.js';

export const ASSET_MANIFEST = join('redirects', 'assets.csv');

export async function writeAssets(out: StagedTree, plan: Plan, site: SiteModel): Promise<void> {
  const { assets } = plan;
  out.own(join('static', assets.dir));
  const stored = new Map<string, StoredBytes | null>([
    ...site.attachments.map((a) => [`attachment:${a.id}`, a.data] as const),
    ...(site.files ?? []).map((f) => [`file:${f.id}`, f.data] as const),
  ]);
  const onDisk = new Map((site.diskFiles ?? []).map((d) => [`${d.kind}:${d.id}`, d.found]));
  for (const entry of assets.entries) {
    if (entry.missing) continue;
    const key = `${entry.kind}:${entry.id}`;
    const bytes = stored.get(key)?.read() ?? (await readFile(onDisk.get(key)!));
    await out.write(join('static', entry.file), bytes);
  }
  await out.write(ASSET_MANIFEST, assetManifestCsv(assets.redirects));
}

export function assetManifestCsv(rows: readonly AssetRedirect[]): string {
  const lines = rows.map((r) =>
    [r.from, r.to, String(r.status), r.pageId === null ? '' : String(r.pageId), r.kind, String(r.assetId)].map(csvField).join(','),
  );
  return ['legacy_url,new_url,status,page_id,kind,asset_id', ...lines].join('\r\n') + '\r\n';
}

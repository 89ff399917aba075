// assetLookup(plan.assets, pages): the asset plan as the lookup interfaces of the stages that
// rewrite references — normalize's AssetLookup ({img attId=N}, {img fileId=N}, {file name=…},
// download links) and the legacy-URL planner's LegacyAssetLookup (attId/fileId download URLs).
// Each answer is the AssetEntry itself (url, filename, missing, …) or null for an unknown id/name.

import type { AssetLookup } from '../normalize/page-resources.js';
import type { LegacyAssetLookup } from '../plan/legacy-forms.js';
import { pageAssetKey, type AssetEntry, type AssetPlan } from './asset-types.js';

/** Satisfies both AssetLookup (normalize) and LegacyAssetLookup (legacy URLs), answering with AssetEntry. */
export interface AssetPlanLookup {
  attachment(attId: number): AssetEntry | null;
  file(fileId: number): AssetEntry | null;
  attachmentByName(page: string, filename: string): AssetEntry | null;
}

export function assetLookup(assets: AssetPlan, pages: readonly { id: number; name: string }[]): AssetPlanLookup {
  const pageIds = new Map(pages.map((p) => [p.name, p.id]));
  const lookup: AssetPlanLookup = {
    attachment: (attId: number): AssetEntry | null => assets.byAttId.get(attId) ?? null,
    file: (fileId: number): AssetEntry | null => assets.byFileId.get(fileId) ?? null,
    attachmentByName(page: string, filename: string): AssetEntry | null {
      const id = pageIds.get(page);
      return id === undefined ? null : (assets.byPageAndName.get(pageAssetKey(id, filename)) ?? null);
    },
  };
  return lookup;
}

// Compile-time check that the lookup fits both consumers (a type error here: an interface drifted).
type Assert<T extends true> = T;
export type AssetLookupFits = Assert<AssetPlanLookup extends AssetLookup & LegacyAssetLookup ? true : false>;

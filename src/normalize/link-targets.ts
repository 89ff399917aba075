// How normalize learns where a wiki link goes. The converter resolves through the Plan (real
// page index, real slugs, heading-id maps); `tiki2md render` has no site and derives the URL
// from the link text alone.

export interface LinkTarget {
  pageName: string;
  url: string;
  /** Tiki heading id → Hugo heading id on the target page; null when unknown. */
  anchors: ReadonlyMap<string, string> | null;
}

export type LinkLookup =
  | { status: 'exact' | 'folded'; target: LinkTarget }
  | { status: 'ambiguous'; target: LinkTarget; candidates: string[] }
  | { status: 'missing' };

export interface LinkTargets {
  resolve(pageName: string): LinkLookup;
  /** False when there is no real page list (render): every name "resolves", so `[word]` must not become a link. */
  readonly knowsPages: boolean;
}

// Where a legacy URL finally leads (legacy-urls-and-redirects.md §3.3): targets are followed to
// the end so every record is ONE hop from the legacy URL to a real resource.
//   page P           P's new URL — unless P is a {redirect} page: then its redirect target
//                    (a chain, collapsed). A redirect page whose target is missing or loops
//                    back keeps its own URL (the redirect is dropped and reported).
//   name N           the page named N (exact, else Tiki-style folded); else the legacy record
//                    that owns ?page=N (a semantic alias, another redirect page: a chain);
//                    else dangling.
//   request R        a new-site path as is; else the legacy record owning R (a chain); else
//                    dangling.
//   url U            as is (an extracted file, an external site).
//   gone             no new home.
// A target met twice on the way is a loop.

import type { ClaimTarget } from './legacy-forms.js';
import { pageByName } from './legacy-forms.js';
import { legacyMatchKey } from './legacy-spellings.js';
import { phpUrlencode } from './url-encoding.js';

export type Outcome =
  | { type: 'url'; url: string; pageId: number | null; hops: string[] }
  | { type: 'gone'; reason: string; dangling: boolean; hops: string[] }
  | { type: 'loop'; cycle: string[] };

/** A redirect page whose redirect was dropped, and why. */
export interface BrokenRedirect {
  pageId: number;
  problem: 'loop' | 'dangling';
  detail: string;
}

export interface TargetContext {
  base: string;
  urls: ReadonlyMap<number, string>;
  redirects: ReadonlyMap<number, string>;
  exactNames: ReadonlyMap<string, number>;
  foldedNames: ReadonlyMap<string, number[]>;
  /** New-site paths (case-folded, no trailing slash) that are real resources. */
  isNewPath(path: string): boolean;
  /** The target of the legacy record that won `matchKey`, if any. */
  winner(matchKey: string): { target: ClaimTarget; from: string } | undefined;
}

export class TargetResolver {
  readonly broken = new Map<number, BrokenRedirect>();

  constructor(private readonly ctx: TargetContext) {}

  resolve(target: ClaimTarget): Outcome {
    return this.follow(target, [], []);
  }

  private follow(target: ClaimTarget, seen: string[], hops: string[]): Outcome {
    switch (target.type) {
      case 'url':
        return { type: 'url', url: target.url, pageId: null, hops };
      case 'gone':
        return { type: 'gone', reason: target.reason, dangling: false, hops };
      case 'page':
        return this.page(target.pageId, seen, hops);
      case 'name': {
        const id = pageByName(target.name, this.ctx.exactNames, this.ctx.foldedNames);
        if (id !== null) return this.page(id, seen, hops);
        const key = legacyMatchKey(`${this.ctx.base}/tiki-index.php?page=${phpUrlencode(target.name)}`);
        return this.through(key, seen, hops, `no page is named ${JSON.stringify(target.name)}`);
      }
      case 'request': {
        const request = target.request;
        if (/^https?:\/\//i.test(request)) return { type: 'url', url: request, pageId: null, hops };
        const path = request.split('?')[0];
        if (!request.includes('?') && this.ctx.isNewPath(path)) {
          const pageId = [...this.ctx.urls].find(([, url]) => url.toLowerCase() === path.toLowerCase())?.[0] ?? null;
          return { type: 'url', url: request, pageId, hops };
        }
        const keys = [legacyMatchKey(request), legacyMatchKey(request, true)];
        const key = keys.find((k) => this.ctx.winner(k)) ?? keys[0];
        return this.through(key, seen, hops, `${request} is neither a page of the new site nor a legacy URL`);
      }
    }
  }

  private through(key: string, seen: string[], hops: string[], missing: string): Outcome {
    const winner = this.ctx.winner(key);
    if (!winner) return { type: 'gone', reason: missing, dangling: true, hops };
    const mark = `key:${key}`;
    if (seen.includes(mark)) return { type: 'loop', cycle: [...seen.slice(seen.indexOf(mark)), mark] };
    return this.follow(winner.target, [...seen, mark], [...hops, winner.from]);
  }

  private page(pageId: number, seen: string[], hops: string[]): Outcome {
    const own: Outcome = { type: 'url', url: this.ctx.urls.get(pageId) ?? '', pageId, hops };
    const redirect = this.ctx.redirects.get(pageId);
    if (redirect === undefined || this.broken.has(pageId)) return own;
    const mark = `page:${pageId}`;
    if (seen.includes(mark)) return { type: 'loop', cycle: [...seen.slice(seen.indexOf(mark)), mark] };
    const plugin = `{redirect page=${JSON.stringify(redirect)}}`;
    const next = this.follow({ type: 'name', name: redirect }, [...seen, mark], [...hops, plugin]);
    if (next.type === 'url') return next;
    if (next.type === 'loop') {
      // Every redirect page of the cycle is dropped; the one the cycle started from keeps its URL.
      this.broken.set(pageId, { pageId, problem: 'loop', detail: `its ${plugin} leads back to itself` });
      return next.cycle[0] === mark ? own : next;
    }
    this.broken.set(pageId, { pageId, problem: 'dangling', detail: `its ${plugin} leads nowhere (${next.reason})` });
    return own;
  }
}

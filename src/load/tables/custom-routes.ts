// Admin-defined routes from `tiki_custom_route` (Tiki 18+, pref feature_sefurl_routes): `from` is
// a public path Tiki answered, `redirect` its target, stored as JSON whose shape depends on
// `type` (unverified against a live Tiki: {"to": URL} for Direct, {"type": "wiki page",
// "object": name-or-id} for Object). Rows are kept raw, ascending id; for Object routes to a wiki
// page the page is looked up by exact name, then by page_id.

import { int, requiredText, text, type Row } from '../rows.js';
import type { CustomRoute, Page } from '../site-model.js';

export class CustomRoutesCollector {
  private readonly routes: CustomRoute[] = [];

  add(row: Row): void {
    this.routes.push({
      id: int(row, 'id') ?? this.routes.length + 1,
      type: text(row, 'type') ?? '',
      from: requiredText(row, 'from'),
      redirect: text(row, 'redirect') ?? '',
      active: (int(row, 'active') ?? 1) !== 0,
      shortUrl: (int(row, 'short_url') ?? 0) !== 0,
      description: text(row, 'description') ?? '',
      pageId: null,
    });
  }

  resolve(pages: readonly Page[]): CustomRoute[] {
    const byName = new Map(pages.map((page) => [page.name, page.id]));
    const ids = new Set(pages.map((page) => page.id));
    return [...this.routes]
      .sort((a, b) => a.id - b.id)
      .map((route) => ({ ...route, pageId: routePage(route, byName, ids) }));
  }
}

function routePage(route: CustomRoute, byName: ReadonlyMap<string, number>, ids: ReadonlySet<number>): number | null {
  if (route.type.toLowerCase() !== 'object') return null;
  let target: unknown;
  try {
    target = JSON.parse(route.redirect);
  } catch {
    return null;
  }
  if (typeof target !== 'object' || target === null) return null;
  const { type, object } = target as { type?: unknown; object?: unknown };
  if (typeof type !== 'string' || !/^wiki ?page$/i.test(type)) return null;
  const value = typeof object === 'number' ? String(object) : typeof object === 'string' ? object : null;
  if (value === null) return null;
  const named = byName.get(value);
  if (named !== undefined) return named;
  return /^\d+$/.test(value) && ids.has(Number(value)) ? Number(value) : null;
}

// Pages from `tiki_pages` rows: one Page per page_id, in ascending page_id order. A page_id seen
// twice (a concatenated or hand-edited dump) keeps its first row and logs `page-id-duplicate`.
// Columns other than page_id, pageName and data may be absent and get defaults: pageSlug null,
// texts '', is_html false, wysiwyg false; created falls back to lastModif (and back) when NULL or
// 0, then to 0. Name, body and description stored double-encoded are repaired (charset.ts) and
// logged as `charset-repaired`, one issue per field; a repaired name keeps its stored spelling in
// `originalName`.

import { firstDifference, repairDoubleEncoding } from '../charset.js';
import type { IssueLog } from '../issues.js';
import { int, requiredInt, requiredText, text, type Row } from '../rows.js';
import type { InputPlace, Page } from '../site-model.js';

const repairedFields = [
  ['name', 'pageName'],
  ['data', 'data (the page body)'],
  ['description', 'description'],
] as const;

export class PagesCollector {
  private readonly byId = new Map<number, { page: Page; at: InputPlace }>();

  constructor(private readonly issues: IssueLog) {}

  add(row: Row, at: InputPlace): void {
    const page = pageFromRow(row);
    const first = this.byId.get(page.id);
    if (first !== undefined) {
      const where = first.at.file === at.file ? `line ${first.at.line}` : `${first.at.file}:${first.at.line}`;
      this.issues.add(
        'page-id-duplicate',
        at,
        `page_id ${page.id} appears again (page ${JSON.stringify(page.name)}); kept the first row, ${where} (page ${JSON.stringify(first.page.name)})`,
        { id: page.id, name: page.name },
      );
      return;
    }
    this.repair(page, at);
    this.byId.set(page.id, { page, at });
  }

  /** Pages in ascending page_id order. */
  pages(): Page[] {
    return [...this.byId.values()].map((entry) => entry.page).sort((a, b) => a.id - b.id);
  }

  private repair(page: Page, at: InputPlace): void {
    for (const [field, label] of repairedFields) {
      const stored = page[field];
      const fixed = repairDoubleEncoding(stored);
      if (fixed === null) continue;
      page[field] = fixed;
      if (field === 'name') page.originalName = stored;
      const diff = firstDifference(stored, fixed);
      this.issues.add(
        'charset-repaired',
        at,
        `${label} was stored double-encoded (UTF-8 read as cp1252) and is repaired: ${JSON.stringify(diff.before)} → ${JSON.stringify(diff.after)}`,
        { id: page.id, name: page.name },
        'info',
      );
    }
  }
}

export function pageFromRow(row: Row): Page {
  const created = positive(int(row, 'created'));
  const lastModif = positive(int(row, 'lastModif'));
  const slug = text(row, 'pageSlug');
  return {
    id: requiredInt(row, 'page_id'),
    name: requiredText(row, 'pageName'),
    pageSlug: slug === null || slug === '' ? null : slug,
    data: text(row, 'data') ?? '',
    description: text(row, 'description') ?? '',
    created: created ?? lastModif ?? 0,
    lastModif: lastModif ?? created ?? 0,
    user: text(row, 'user') ?? '',
    creator: text(row, 'creator') ?? '',
    lang: text(row, 'lang') ?? '',
    isHtml: (int(row, 'is_html') ?? 0) !== 0,
    wysiwyg: text(row, 'wysiwyg') === 'y',
  };
}

function positive(value: number | null): number | null {
  return value !== null && value > 0 ? value : null;
}

// Translations from `tiki_translated_objects` rows of type 'wiki page' (objId = page_id as a
// string; rows sharing traId translate each other; lang duplicates tiki_pages.lang), ordered by
// traId then page_id. Rows of other object types are ignored; rows naming a page_id not in
// tiki_pages (or not a number) are dropped and logged as `orphan-row`.

import type { IssueLog } from '../issues.js';
import { requiredInt, text, type Row } from '../rows.js';
import type { InputPlace, Page, Translation } from '../site-model.js';

export class TranslationsCollector {
  private readonly rows: { translation: Translation | null; objId: string; traId: number; at: InputPlace }[] = [];

  constructor(private readonly issues: IssueLog) {}

  add(row: Row, at: InputPlace): void {
    if (text(row, 'type') !== 'wiki page') return;
    const traId = requiredInt(row, 'traId');
    const objId = (text(row, 'objId') ?? '').trim();
    const pageId = /^\d+$/.test(objId) ? Number(objId) : null;
    const translation = pageId === null ? null : { traId, pageId, lang: text(row, 'lang') ?? '' };
    this.rows.push({ translation, objId, traId, at });
  }

  resolve(pages: readonly Page[]): Translation[] {
    const ids = new Set(pages.map((page) => page.id));
    const kept = new Map<number, Translation>();
    for (const { translation, objId, traId, at } of this.rows) {
      if (translation !== null && ids.has(translation.pageId)) {
        if (!kept.has(translation.pageId)) kept.set(translation.pageId, translation);
        continue;
      }
      this.issues.add(
        'orphan-row',
        at,
        `tiki_translated_objects row of translation set ${traId} names page_id ${JSON.stringify(objId)}, which is not in tiki_pages; dropped`,
      );
    }
    return [...kept.values()].sort((a, b) => a.traId - b.traId || a.pageId - b.pageId);
  }
}

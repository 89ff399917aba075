// Object relations from `tiki_object_relations` rows (semantic links between objects), ascending
// relationId. For wiki pages, source_itemId / target_itemId are page names (repaired like page
// names when stored double-encoded). `tiki.link.alias` (source page P, target name N) means N is
// an alias of P (tiki-data.md §1.4); the target is by design usually not a page. Kept as data:
// the plan decides what becomes an alias or a redirect.

import { repaired } from '../charset.js';
import { int, requiredText, text, type Row } from '../rows.js';
import type { ObjectRelation } from '../site-model.js';

export class RelationsCollector {
  private readonly relations: ObjectRelation[] = [];

  add(row: Row): void {
    this.relations.push({
      id: int(row, 'relationId') ?? this.relations.length + 1,
      relation: requiredText(row, 'relation'),
      sourceType: text(row, 'source_type') ?? '',
      sourceItemId: repaired(requiredText(row, 'source_itemId')),
      targetType: text(row, 'target_type') ?? '',
      targetItemId: repaired(requiredText(row, 'target_itemId')),
    });
  }

  resolve(): ObjectRelation[] {
    return [...this.relations].sort((a, b) => a.id - b.id);
  }
}

// Structure nodes from `tiki_structures` rows (page hierarchies; a page may appear in several
// nodes), ordered by structure, parent, pos, then page_ref_id. A NULL parent_id (root) becomes 0.
// Nodes whose page_id is not in tiki_pages are dropped and logged as `orphan-row`.

import type { IssueLog } from '../issues.js';
import { int, requiredInt, text, type Row } from '../rows.js';
import type { InputPlace, Page, StructureNode } from '../site-model.js';

export class StructuresCollector {
  private readonly nodes = new Map<number, { node: StructureNode; at: InputPlace }>();

  constructor(private readonly issues: IssueLog) {}

  add(row: Row, at: InputPlace): void {
    const pageRefId = requiredInt(row, 'page_ref_id');
    if (this.nodes.has(pageRefId)) return;
    const node: StructureNode = {
      pageRefId,
      structureId: requiredInt(row, 'structure_id'),
      parentId: int(row, 'parent_id') ?? 0,
      pageId: requiredInt(row, 'page_id'),
      pageAlias: text(row, 'page_alias') ?? '',
      pos: int(row, 'pos') ?? 0,
    };
    this.nodes.set(pageRefId, { node, at });
  }

  resolve(pages: readonly Page[]): StructureNode[] {
    const ids = new Set(pages.map((page) => page.id));
    const kept: StructureNode[] = [];
    for (const { node, at } of this.nodes.values()) {
      if (ids.has(node.pageId)) {
        kept.push(node);
        continue;
      }
      this.issues.add(
        'orphan-row',
        at,
        `tiki_structures node ${node.pageRefId} (structure ${node.structureId}) points at page_id ${node.pageId}, which is not in tiki_pages; dropped`,
        { id: node.pageId, name: null },
      );
    }
    return kept.sort(
      (a, b) => a.structureId - b.structureId || a.parentId - b.parentId || a.pos - b.pos || a.pageRefId - b.pageRefId,
    );
  }
}

// The last pass over a page's mdast, one walk for two jobs: every node is made safe for Hugo on
// the way down (hugo-safety.ts), and every parent's children are placed on the way up, once its
// subtree is finished (phrasing-fixups.ts). The two were separate walks; they combine without
// changing a result, because neither job looks outside the subtree it is done on: the guard
// changes a node's own values or replaces it among its parent's children before the walk
// enters it, and the placement of a parent's children reads only those children, which are
// guarded by then. Guard findings come in the same order (pre-order); the fixes raise none.

import type { Nodes, Root } from 'mdast';
import type { NormalizeContext } from './context.js';
import { dangerousReplacement, guardNode, reportUnsafeCode, type Guard } from './hugo-safety.js';
import { fixChildren } from './phrasing-fixups.js';

export function finishTree(ctx: NormalizeContext, tree: Root): void {
  const guard: Guard = { ctx, unsafeCode: 0 };
  finishChildren(guard, tree, true);
  reportUnsafeCode(guard);
}

/**
 * Finishes the children of `node`. A link or image with a dangerous URL among them is replaced
 * by its text, whose own links are not checked again (`removeDangerous` false).
 */
function finishChildren(guard: Guard, node: Nodes, removeDangerous: boolean): void {
  if (!('children' in node)) return;
  const parent = node as { type: string; children: Nodes[] };
  const children = parent.children;
  let kept: Nodes[] | null = null;
  // Indexed: a for-of over a page-long paragraph allocates a result per child until optimized.
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const replacement = removeDangerous ? dangerousReplacement(guard, child) : null;
    if (replacement) {
      kept ??= children.slice(0, i);
      for (let k = 0; k < replacement.length; k++) finishNode(guard, replacement[k], false, kept);
      continue;
    }
    finishNode(guard, child, removeDangerous, kept);
  }
  if (kept) parent.children = kept;
  fixChildren(parent);
}

/** Finishes one node and its subtree, then adds it to `kept` (when the children are being replaced). */
function finishNode(guard: Guard, node: Nodes, removeDangerous: boolean, kept: Nodes[] | null): void {
  guardNode(guard, node);
  finishChildren(guard, node, removeDangerous);
  kept?.push(node);
}

// Consecutive `;term:definition` lines → one Goldmark definition list (rule 26):
//
//   Term
//   : Definition

import type { TikiDefinitionList } from '../../parse/tiki-tree.js';
import type { DefinitionList } from '../../emit/mdast-extensions.js';
import type { NormalizeContext } from '../context.js';
import { normalizeInline } from '../to-mdast.js';

export function definitionList(ctx: NormalizeContext, d: TikiDefinitionList): DefinitionList {
  const children: DefinitionList['children'] = [];
  for (const item of d.children) {
    children.push({ type: 'definitionTerm', children: normalizeInline(ctx, item.term, 'term') });
    children.push({ type: 'definitionDescription', children: normalizeInline(ctx, item.definition, 'term') });
  }
  return { type: 'definitionList', children };
}

// `---` → thematic break. Tiki discards text after the dashes; we keep it as a paragraph after
// the rule and report it (rule 28).

import { append } from '../../parse/append.js';
import type { RootContent } from 'mdast';
import type { TikiRule } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { normalizeInline } from '../to-mdast.js';
import { paragraphsOf } from './paragraph.js';

export function rule(ctx: NormalizeContext, r: TikiRule): RootContent[] {
  const out: RootContent[] = [{ type: 'thematicBreak' }];
  if (r.trailing.length) {
    ctx.report('hr-trailing-text', 'info', r.start, 'Text after "---" (Tiki hid it) is kept as a paragraph after the rule');
    append(out, paragraphsOf(normalizeInline(ctx, r.trailing, 'paragraph')));
  }
  return out;
}

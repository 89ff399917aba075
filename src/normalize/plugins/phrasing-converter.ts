// A converter from a function that gives phrasing content (null: not convertible here): inside
// a line it is that content, on its own line a paragraph of it. Kept in a module of its own,
// with type-only imports, because converters are built when their modules load.

import type { PhrasingContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import type { PluginConverter } from './converter.js';

export function phrasingConverter(f: (ctx: NormalizeContext, p: TikiPlugin) => PhrasingContent[] | null): PluginConverter {
  return {
    block: (ctx, p) => {
      const out = f(ctx, p);
      return out ? [{ type: 'paragraph', children: out }] : null;
    },
    inline: (ctx, p) => f(ctx, p),
  };
}

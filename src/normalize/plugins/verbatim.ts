// Plugins whose body is not prose, kept as fenced code:
//
//   {EQUATION()}latex{EQUATION}   → ```latex block (Tiki rendered an image; reported)
//   {FIGLET()}text{FIGLET}        → ``` block of the text (the ASCII art is not redrawn; reported)

import type { PluginConverter } from './converter.js';

export function fencedBody(lang: string | null, note: string): PluginConverter {
  return {
    block(ctx, p) {
      const value = (p.body ?? '').replace(/^\s*\n|\n\s*$/g, '');
      ctx.report('plugin-as-code', 'info', p.start, `${p.name}: ${note}`);
      return [{ type: 'code', lang, meta: null, value }];
    },
    inline(ctx, p) {
      ctx.report('plugin-as-code', 'info', p.start, `${p.name}: ${note}`);
      return [{ type: 'inlineCode', value: (p.body ?? '').replace(/\s*\n\s*/g, ' ').trim() }];
    },
  };
}

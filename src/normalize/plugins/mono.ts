// {MONO(font=)}text{MONO}: one line → `text`; several lines → a fenced code block.

import { plainTextOfSource } from './plain-source.js';
import type { PluginConverter } from './converter.js';

export const monoConverter: PluginConverter = {
  block(ctx, p) {
    const text = plainTextOfSource(ctx, p);
    if (!text) return [];
    return text.includes('\n') ? [{ type: 'code', lang: null, meta: null, value: text }] : [{ type: 'paragraph', children: [{ type: 'inlineCode', value: text }] }];
  },
  inline(ctx, p) {
    const text = plainTextOfSource(ctx, p).replace(/\s*\n\s*/g, ' ');
    return text ? [{ type: 'inlineCode', value: text }] : [];
  },
};

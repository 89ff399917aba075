// {CODE(colors="python" caption="Example" ln=1)}body{CODE} → a fenced code block:
//
//   *Example*
//
//   ```python {linenos=true}
//   body
//   ```
//
// `colors` is the language; `ln=1` becomes Hugo's highlight attribute. Tiki trims the body and
// strips `~np~` markers inside it (they were cut out before plugins ran).

import type { PhrasingContent, RootContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { PluginConverter } from './converter.js';
import { trimBlankLines } from '../handlers/preformatted.js';

export function codeBlock(p: TikiPlugin): RootContent[] {
  const out: RootContent[] = [];
  const caption = p.params.caption?.trim();
  if (caption) out.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: caption }] }] });
  const lang = (p.params.colors || p.params.lang || '').trim().replace(/[^\w+#.-]/g, '') || null;
  const meta = p.params.ln === '1' ? '{linenos=true}' : null;
  out.push({ type: 'code', lang: lang ?? (meta ? 'text' : null), meta, value: codeBody(p.body ?? '') });
  return out;
}

/** A CODE call inside a line of text: an inline code span. */
export function inlineCode(p: TikiPlugin): PhrasingContent[] {
  const value = codeBody(p.body ?? '').replace(/\s*\n\s*/g, ' ');
  return value ? [{ type: 'inlineCode', value }] : [];
}

function codeBody(body: string): string {
  return trimBlankLines(body.replace(/~\/?np~/g, ''));
}

export const codeConverter: PluginConverter = {
  block: (_ctx, p) => codeBlock(p),
  inline: (_ctx, p) => inlineCode(p),
};

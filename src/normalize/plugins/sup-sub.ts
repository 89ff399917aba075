// {SUP()}x{SUP}, {SUB()}x{SUB} (and {TAG(tag=sup)}):
//
//   safe raw-HTML policy:   digits and + - = ( ) as Unicode super/subscript characters (x² H₂O);
//                           anything else stays plain text, reported
//   unsafe policy:          <sup>x</sup> / <sub>x</sub>

import type { PhrasingContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import type { InlinePlace } from '../to-mdast.js';
import { bodyInline, type PluginConverter } from './converter.js';
import { plainText } from '../plain-text.js';
import { parseInline } from '../../parse/inline.js';
import { scannerFor } from './converter.js';

const sup: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ' };
const sub: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎' };

export function supSubInline(ctx: NormalizeContext, p: TikiPlugin, kind: 'sup' | 'sub', place: InlinePlace): PhrasingContent[] {
  if (ctx.rawHtml === 'unsafe') {
    return [{ type: 'html', value: `<${kind}>` }, ...bodyInline(ctx, p, place), { type: 'html', value: `</${kind}>` }];
  }
  const text = p.body ? plainText(parseInline(scannerFor(ctx), p.bodyStart, p.bodyStart + p.body.length)) : '';
  const table = kind === 'sup' ? sup : sub;
  const chars = [...text];
  if (chars.length && chars.every((c) => table[c])) return [{ type: 'text', value: chars.map((c) => table[c]).join('') }];
  ctx.report('style-dropped', 'info', p.start, `${kind === 'sup' ? 'Superscript' : 'Subscript'} "${text}" has no markdown form under the safe HTML policy; kept as plain text`);
  return bodyInline(ctx, p, place);
}

export function supSubConverter(kind: 'sup' | 'sub'): PluginConverter {
  return {
    block: (ctx, p) => [{ type: 'paragraph', children: supSubInline(ctx, p, kind, 'paragraph') }],
    inline: (ctx, p, place) => supSubInline(ctx, p, kind, place),
  };
}

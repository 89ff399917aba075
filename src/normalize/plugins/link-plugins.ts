// Plugins that pointed at something elsewhere become plain links to it:
//
//   {iframe src=URL}  {googledoc url=URL}  {webdocviewer url=URL}   → [URL](URL)   (embed → link, reported)
//   {button href=URL _text="Label"}                                  → [Label](URL)
//   {qr}text{qr}                                                     → the text (a link if it is a URL)
//   {translationof}, {objectlink}, {userlink}, {skype}, {sf}         → their text, reported

import type { PhrasingContent } from 'mdast';
import type { TikiPlugin } from '../../parse/tiki-tree.js';
import type { NormalizeContext } from '../context.js';
import { param } from './converter.js';
import { phrasingConverter } from './phrasing-converter.js';

function embedLink(ctx: NormalizeContext, p: TikiPlugin): PhrasingContent[] | null {
  const url = (param(p, 'src') ?? param(p, 'url') ?? param(p, 'href') ?? '').trim();
  if (!/^(https?:)?\/\//i.test(url)) return null;
  ctx.report('embed-as-link', 'info', p.start, `${p.name} embedded ${url}; written as a link`);
  const label = (param(p, '_text') ?? param(p, 'title') ?? '').trim();
  return [{ type: 'link', url, title: null, children: [{ type: 'text', value: label || url }] }];
}

function button(ctx: NormalizeContext, p: TikiPlugin): PhrasingContent[] | null {
  const url = (param(p, 'href') ?? '').trim();
  const label = (param(p, '_text') ?? p.body ?? url).trim();
  if (!url || /^\s*javascript:/i.test(url)) return null;
  ctx.report('style-dropped', 'info', p.start, `${p.name}: the button becomes a plain link`);
  return [{ type: 'link', url, title: null, children: [{ type: 'text', value: label || url }] }];
}

function textOf(ctx: NormalizeContext, p: TikiPlugin): PhrasingContent[] | null {
  const text = (p.body ?? param(p, 'text') ?? param(p, 'user') ?? param(p, 'id') ?? param(p, 'name') ?? '').trim();
  if (!text) return null;
  ctx.report('plugin-as-text', 'info', p.start, `${p.name}: kept as its text "${text}"`);
  return /^https?:\/\//.test(text) ? [{ type: 'link', url: text, title: null, children: [{ type: 'text', value: text }] }] : [{ type: 'text', value: text }];
}


export const embedLinkConverter = phrasingConverter(embedLink);
export const buttonConverter = phrasingConverter(button);
export const textConverter = phrasingConverter(textOf);

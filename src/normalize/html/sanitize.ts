// What never passes from a page's HTML, under either raw-HTML policy (each removal reported):
//
//   <script>, <style>, <iframe> (except YouTube/Vimeo, which become shortcodes), <object>,
//   <embed>, <applet>, <form>/<input>/<button>, <meta>, <link>, <base>
//   on*="…" event attributes; javascript:, vbscript: and data: URLs in href/src

import type { Element, Nodes, Root } from 'hast';
import type { NormalizeContext } from '../context.js';

const REMOVED = new Set(['script', 'style', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'textarea', 'meta', 'link', 'base', 'noscript', 'template']);
const URL_ATTRS = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'background'];

export function sanitizeHast(ctx: NormalizeContext, tree: Root, at: number): void {
  walk(ctx, tree, at);
}

function walk(ctx: NormalizeContext, node: Root | Element, at: number): void {
  const kept: Nodes[] = [];
  for (const child of node.children) {
    if (child.type === 'comment') continue;
    if (child.type !== 'element') {
      kept.push(child);
      continue;
    }
    const name = child.tagName.toLowerCase();
    if (REMOVED.has(name)) {
      ctx.report('html-removed', name === 'script' ? 'warning' : 'info', at, `<${name}> removed from the page's HTML`);
      continue;
    }
    if (name === 'iframe' && !isVideoEmbed(child)) {
      ctx.report('html-removed', 'warning', at, `<iframe src="${String(child.properties.src ?? '')}"> removed from the page's HTML`);
      continue;
    }
    for (const key of Object.keys(child.properties)) {
      if (/^on/i.test(key)) {
        ctx.report('html-removed', 'warning', at, `event attribute ${key} on <${name}> removed`);
        delete child.properties[key];
      }
    }
    for (const key of URL_ATTRS) {
      const v = child.properties[key];
      if (typeof v === 'string' && /^\s*(javascript|vbscript|data):/i.test(v)) {
        ctx.report('unsafe-url-removed', 'warning', at, `${v.split(':')[0].trim()}: URL in <${name} ${key}> removed`);
        delete child.properties[key];
        if (name === 'a') child.tagName = 'span'; // keep the link text, not a link to nowhere
      }
    }
    walk(ctx, child, at);
    kept.push(child);
  }
  node.children = kept as typeof node.children;
}

export function isVideoEmbed(el: Element): boolean {
  return /(youtube(-nocookie)?\.com\/embed\/|player\.vimeo\.com\/video\/)/.test(String(el.properties.src ?? ''));
}

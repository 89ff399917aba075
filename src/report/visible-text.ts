// The visible text of a page on both sides of the conversion, for the fidelity measure:
//
//   Tiki side      what Tiki would show as text: markup removed, ~tc~ comments and dynamic
//                  plugins' configuration left out, wiki plugin bodies included
//   markdown side  what a markdown renderer shows: remark-parse + GFM, HTML comments (markers)
//                  and image URLs left out
//
// Both are reduced to lists of normalized words.

import type { Nodes } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseTiki } from '../parse/index.js';
import type { TikiBlock, TikiInline } from '../parse/tiki-tree.js';
import { pluginInfo } from '../normalize/plugins/registry.js';

/** Brace syntax whose body or name Tiki never shows as text. */
const INVISIBLE = new Set(['aname', 'rm', 'lm', 'r2l', 'l2r', 'maketoc', 'autotoc']);

const reader = unified().use(remarkParse).data('micromarkExtensions', [gfm()]).data('fromMarkdownExtensions', [gfmFromMarkdown()]).freeze();

export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function tikiVisibleText(source: string): string {
  const parsed = parseTiki(source);
  let out: string[] = [];
  const notes: string[] = [];
  const inline = (nodes: readonly TikiInline[]): void => {
    for (const n of nodes) {
      switch (n.type) {
        case 'text':
        case 'noParse':
        case 'literalBracket':
          out.push(n.value);
          break;
        case 'break':
          out.push(' ');
          break;
        case 'comment':
        case 'htmlComment':
        case 'smiley':
          break;
        case 'dynVar':
          out.push(`%${n.name}%`);
          break;
        case 'wikiLink':
          if (n.label) inline(n.label);
          else out.push(n.page);
          break;
        case 'externalLink':
          if (n.label) inline(n.label);
          else out.push(n.url);
          break;
        case 'autolink':
          out.push(n.url);
          break;
        case 'plugin':
          plugin(n);
          break;
        default:
          inline(n.children);
      }
    }
  };
  const plugin = (p: Extract<TikiBlock, { type: 'plugin' }>): void => {
    if (INVISIBLE.has(p.key)) return;
    const info = pluginInfo(p.key);
    if (!info) {
      out.push(source.slice(p.start, p.end));
      return;
    }
    if (info.group === 'dynamic' || info.chrome || p.body === null) return;
    if (p.key === 'footnote') {
      // Tiki prints footnotes where {FOOTNOTEAREA} stands, at the end of the page in practice.
      const saved = out;
      out = [];
      blocks(parsed.parseRange(p.bodyStart, p.bodyStart + p.body.length));
      notes.push(out.join(''));
      out = saved;
      return;
    }
    if (p.key === 'markdown') out.push(markdownVisibleText(p.body));
    else if (p.key === 'sort') out.push(sortedLines(p));
    else if (info.body === 'wiki') {
      const saved = out;
      out = [];
      blocks(parsed.parseRange(p.bodyStart, p.bodyStart + p.body.length));
      // Inside a line, a plugin's text runs on with the text around it.
      const text = out.join('');
      out = saved;
      out.push(p.block ? text : text.trim());
    } else if (info.body === 'html') {
      out.push(p.body.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>/gi, ' ').replace(/\{(\w+)[^{}]*\}/g, (all, name: string) => (pluginInfo(name.toLowerCase()) ? ' ' : all)));
    } else out.push(p.body);
  };
  const blocks = (nodes: readonly TikiBlock[]): void => {
    for (const b of nodes) {
      switch (b.type) {
        case 'heading':
        case 'paragraph':
          inline(b.children);
          break;
        case 'rule':
          inline(b.trailing);
          break;
        case 'list':
          for (const item of b.children) {
            inline(item.children);
            out.push('\n');
            blocks(item.sublists);
          }
          break;
        case 'definitionList':
          for (const item of b.children) {
            inline(item.term);
            out.push(' ');
            inline(item.definition);
            out.push('\n');
          }
          break;
        case 'table':
          for (const row of b.rows) {
            for (const cell of row.cells) {
              inline(cell.children);
              out.push(' ');
            }
          }
          break;
        case 'preformatted':
          out.push(b.value);
          break;
        case 'box':
          blocks(b.children);
          break;
        case 'plugin':
          plugin(b);
          break;
      }
      out.push('\n');
    }
  };
  blocks(parsed.tree.children);
  return out.join('') + notes.join('\n');
}

/** {SORT} showed its lines sorted (the same sort the converter applies). */
function sortedLines(p: { body: string | null; params: Record<string, string> }): string {
  const lines = (p.body ?? '').split('\n').filter((l) => l.trim());
  const mode = (p.params.sort ?? 'asc').toLowerCase();
  if (mode === 'asc') lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  else if (mode === 'desc') lines.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  else if (mode === 'reverse') lines.reverse();
  return lines.join('\n');
}

export function markdownVisibleText(markdown: string): string {
  return markdownTreeVisibleText(reader.parse(markdown));
}

/** The same from an already parsed tree (remark-parse + GFM), so a caller that renders it too parses once. */
export function markdownTreeVisibleText(tree: Nodes): string {
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'html') return;
    if (node.type === 'text' || node.type === 'inlineCode') out.push(node.value);
    if (node.type === 'code') out.push('\n', node.value, '\n');
    if (node.type === 'break') out.push('\n');
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'listItem') out.push('\n');
  };
  walk(tree);
  return out.join('');
}

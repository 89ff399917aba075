// The review site's preview: markdown → HTML with the semantics Hugo (Goldmark) gives it — GFM
// tables, strikethrough, task lists, footnotes, autolinks, and `Term⏎: Definition` definition
// lists. Raw HTML is never passed through (dropped from the preview; the markdown pane shows
// it), link and image URLs are limited to safe schemes, and links to other converted pages
// are rewritten to their review pages.

import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

export interface PreviewOptions {
  /** Hugo section of the pages ("pages" → links "/pages/<slug>/"). */
  section: string;
  /** Slug → review page file name (relative to the current review page), for known pages. */
  pageHref(slug: string): string | null;
}

export function renderPreview(markdown: string, options: PreviewOptions): string {
  return previewOfTree(parseMarkdown(markdown), options);
}

/** The markdown tree the preview and the fidelity measure share (one parse per page: parsing is most of the cost). */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, parseOptions);
}

// Built once: the extensions hold no per-parse state.
const parseOptions = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** Renders a tree from parseMarkdown; changes the tree (definition lists, links, heading ids). */
export function previewOfTree(tree: Root, options: PreviewOptions): string {
  definitionLists(tree);
  rewriteLinks(tree, options);
  headingIds(tree);
  const hast = toHast(tree, { allowDangerousHtml: false }) as HastRoot;
  sanitize(hast);
  return toHtml(hast);
}

/** Goldmark definition lists: a paragraph whose later lines start with ": " becomes <dl>. */
function definitionLists(tree: Root): void {
  walk(tree, (parent) => {
    parent.children = parent.children.map((child) => {
      if (child.type !== 'paragraph') return child;
      const lines = splitLines(child.children);
      const first = lines.findIndex((l) => startsWithColon(l));
      if (first < 1) return child;
      const items: Array<{ tag: 'dt' | 'dd'; content: PhrasingContent[] }> = lines.slice(0, first).map((content) => ({ tag: 'dt', content }));
      for (const line of lines.slice(first)) {
        if (startsWithColon(line)) items.push({ tag: 'dd', content: stripColon(line) });
        else items[items.length - 1].content.push({ type: 'text', value: '\n' }, ...line);
      }
      return {
        type: 'paragraph',
        data: { hName: 'dl' },
        children: items.map((item) => ({ type: 'emphasis', data: { hName: item.tag }, children: item.content })),
      } as unknown as typeof child;
    });
  });
}

function splitLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of children) {
    if (node.type !== 'text' || !node.value.includes('\n')) {
      lines[lines.length - 1].push(node);
      continue;
    }
    node.value.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1].push({ type: 'text', value: part });
    });
  }
  return lines;
}

function startsWithColon(line: PhrasingContent[]): boolean {
  const head = line[0];
  return head?.type === 'text' && /^:[ \t]/.test(head.value);
}

function stripColon(line: PhrasingContent[]): PhrasingContent[] {
  const [head, ...rest] = line;
  return [{ type: 'text', value: (head as { value: string }).value.replace(/^:[ \t]+/, '') }, ...rest];
}

function rewriteLinks(tree: Root, options: PreviewOptions): void {
  const prefix = options.section ? `/${options.section}/` : '/';
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = node.url;
    if (!url.startsWith(prefix)) return;
    const m = /^([^/?#]+)\/?(#.*)?$/.exec(url.slice(prefix.length));
    if (!m) return;
    const href = options.pageHref(m[1]);
    if (href !== null) node.url = href + (m[2] ?? '');
  });
}

/** Hugo's default (Goldmark "github") heading ids, so in-page anchors work in the preview. */
function headingIds(tree: Root): void {
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    if (node.type !== 'heading') return;
    node.data = { ...node.data, hProperties: { id: slugger.slug(toString(node)) } };
  });
}

/** Only http(s), mailto, in-page and relative URLs survive; anything else is removed. */
export function safeUrl(url: string): boolean {
  // Browsers ignore controls and whitespace inside a scheme ("java\tscript:").
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(squeezed);
  return !scheme || /^(https?|mailto)$/i.test(scheme[1]);
}

function sanitize(root: HastRoot | Element): void {
  for (const child of root.children as Array<HastContent | ElementContent>) {
    if (child.type !== 'element') continue;
    const props = child.properties;
    for (const key of ['href', 'src']) {
      const value = props[key];
      if (typeof value === 'string' && !safeUrl(value)) delete props[key];
    }
    for (const key of Object.keys(props)) if (/^on/i.test(key) || key === 'style') delete props[key];
    if (child.tagName === 'a' && typeof props.href === 'string' && /^https?:/i.test(props.href)) props.rel = ['noopener', 'noreferrer'];
    sanitize(child);
  }
}

function walk(node: Nodes, each: (parent: Parent) => void): void {
  if (!('children' in node)) return;
  each(node as Parent);
  for (const child of (node as Parent).children) walk(child as Nodes, each);
}

function visit(node: Nodes, each: (node: Nodes) => void): void {
  each(node);
  if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes, each);
}

// Markdown → comparable tree: remark-parse + GFM, positions dropped, runs of whitespace in text
// collapsed. Used where the issue asks for "equal as markdown trees".

import type { Nodes, Root } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** remark-parse with GFM (the same extensions remark-gfm registers). */
const reader = unified().use(remarkParse).data('micromarkExtensions', [gfm()]).data('fromMarkdownExtensions', [gfmFromMarkdown()]).freeze();

export function parseMarkdown(md: string): Root {
  return reader.parse(md);
}

export function comparableTree(md: string): unknown {
  return strip(parseMarkdown(md));
}

export function strip(node: Nodes): unknown {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'position') continue;
    if (k === 'children') out.children = (v as Nodes[]).map(strip);
    else if (k === 'value' && typeof v === 'string') out.value = v.replace(/\s+/g, ' ');
    else out[k] = v;
  }
  return out;
}

/** Splits a page file into its JSON front matter (parsed) and the markdown body. */
export function splitJsonFrontMatter(file: string): { frontMatter: unknown; body: string } {
  const end = file.indexOf('\n}\n');
  if (!file.startsWith('{') || end === -1) throw new Error('file does not start with JSON front matter');
  return { frontMatter: JSON.parse(file.slice(0, end + 2)), body: file.slice(end + 3) };
}

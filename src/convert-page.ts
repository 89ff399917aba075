// One page, as a pure function: (source, link targets, options) → markdown body + findings.
// It reads nothing else and writes nothing, so pages can be converted in any order, in
// parallel, or skipped when unchanged.

import { append } from './parse/append.js';
import type { Root } from 'mdast';
import { toMarkdownText } from './emit/markdown.js';
import { parseTiki, rangeParser } from './parse/index.js';
import { htmlToMdast } from './normalize/html/html-to-mdast.js';
import { markdownToMdast } from './normalize/markdown-body.js';
import type { PageFinding } from './report/finding.js';
import { NormalizeContext, type NormalizeOptions } from './normalize/context.js';
import { anchorMap, headingIds, pageAnames, type HeadingId } from './normalize/heading-ids.js';
import type { LinkTargets } from './normalize/link-targets.js';
import { finishTree } from './normalize/finish-tree.js';
import { normalizeBlocks } from './normalize/to-mdast.js';

export interface ConvertedBody {
  tree: Root;
  markdown: string;
  findings: PageFinding[];
  headings: HeadingId[];
}

export function convertTikiBody(source: string, links: LinkTargets, options: NormalizeOptions): ConvertedBody {
  const parsed = parseTiki(source);
  const ctx = new NormalizeContext(source, parsed, links, options);
  const headings = headingIds(parsed.tree.children);
  // Every anchor of the page counts only when anchors are written (unsafe); that walk is skipped otherwise.
  const anamesWritten = options.rawHtml === 'unsafe';
  ctx.ownAnchors = anchorMap(headings, anamesWritten, anamesWritten ? pageAnames(parsed.tree.children) : []);
  for (const h of headings) {
    if (h.duplicate) ctx.report('heading-id-duplicate', 'info', h.start, `Heading "${h.text}" repeats an earlier heading; its anchor gets a suffix (#${h.hugoId})`);
  }
  for (const note of parsed.notes) ctx.report(note.ruleId, note.severity, note.offset, note.message);
  const tree: Root = { type: 'root', children: normalizeBlocks(ctx, parsed.tree.children) };
  // The Tiki tree is done with: let the collector have it while the page is written (a long
  // page's tree is as large as its mdast).
  parsed.tree.children = [];
  append(tree.children, ctx.footnotes);
  finishTree(ctx, tree);
  const markdown = tree.children.length ? toMarkdownText(tree) : '';
  return { tree, markdown, findings: ctx.findings, headings };
}

/**
 * A page whose body is not wiki markup: HTML (`is_html`, WYSIWYG) through rehype, or markdown
 * (`{syntax type="markdown"}` on its first line) through remark-parse. Links and images are
 * normalized the same way as in wiki pages.
 */
export function convertOtherBody(source: string, kind: 'html' | 'markdown', links: LinkTargets, options: NormalizeOptions): ConvertedBody {
  const ctx = new NormalizeContext(source, rangeParser(source), links, options);
  const children =
    kind === 'html' ? htmlToMdast(ctx, 0, source.length) : markdownToMdast(ctx, source.replace(MARKDOWN_SYNTAX, ''), 0);
  const tree: Root = { type: 'root', children: [...children, ...ctx.footnotes] };
  finishTree(ctx, tree);
  const markdown = tree.children.length ? toMarkdownText(tree) : '';
  return { tree, markdown, findings: ctx.findings, headings: [] };
}

/** `{syntax type="markdown"}` on the first line marks a markdown page (Tiki 24 with markdown_enabled). */
export const MARKDOWN_SYNTAX = /^\s*\{syntax\s+type\s*=\s*"?markdown"?[^}]*\}[ \t]*\r?\n?/i;

/** The markdown written for a page whose conversion threw: its source, fenced, verbatim. */
export function fallbackBody(source: string, reason: string): string {
  const longest = Math.max(2, ...[...source.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `<!-- tiki2md: conversion failed (${reason.replace(/--/g, '- -')}); the Tiki source follows -->\n\n${fence}tiki\n${source}\n${fence}\n`;
}

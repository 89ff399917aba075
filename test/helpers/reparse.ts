// What a tree we stringify should look like when the markdown is parsed back (remark-parse +
// GFM): our own nodes lowered to what CommonMark readers see, positions and empty fields dropped.

import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import type { DefinitionList } from '../../src/emit/mdast-extensions.js';

/**
 * Lowers tiki2md's extra nodes to plain mdast, then strips positions and null fields.
 * remark's GFM reader links URL-shaped text after decoding escapes (`https\://x` still becomes
 * a link), unlike Goldmark, which sees the backslash; the same linking is applied here so the
 * comparison is about our output, not about that reader difference.
 */
export function expectedReparse(tree: Root): unknown {
  const lowered = lower(structuredClone(tree));
  lowerRaw(lowered);
  for (const transform of gfmAutolinkLiteralFromMarkdown().transforms ?? []) transform(lowered);
  return clean(lowered as Nodes);
}

export function cleanParsed(tree: Root): unknown {
  return clean(tree);
}

function lower(node: Root): Root {
  const children: RootContent[] = [];
  for (const child of node.children) children.push(...lowerBlock(child));
  return { ...node, children };
}

function lowerBlock(node: RootContent): RootContent[] {
  if (node.type === 'definitionList') return lowerDefinitionList(node);
  // A shortcode is not HTML to a markdown parser: it reads back as paragraph text.
  if (node.type === 'html' && !node.value.startsWith('<')) return [{ type: 'paragraph', children: [{ type: 'text', value: maskShortcodes(node.value) }] }];
  if ('children' in node && ['blockquote', 'list', 'listItem', 'footnoteDefinition'].includes(node.type)) {
    const kids: unknown[] = [];
    for (const c of node.children as RootContent[]) kids.push(...lowerBlock(c));
    return [{ ...node, children: kids } as RootContent];
  }
  return [node];
}

function lowerDefinitionList(node: DefinitionList): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < node.children.length; i += 2) {
    const description = node.children[i + 1]?.children ?? [];
    const children: PhrasingContent[] = description.length ? [...node.children[i].children, { type: 'text', value: '\n: ' }, ...description] : [...node.children[i].children];
    out.push({ type: 'paragraph', children: mergeText(children) });
  }
  return out;
}

function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const n of nodes) {
    const prev = out[out.length - 1];
    if (n.type === 'text' && prev?.type === 'text') out[out.length - 1] = { type: 'text', value: prev.value + n.value };
    else out.push(n);
  }
  return out;
}

/** rawMarkdown reads back as the text it spells (we only emit it where it is not a construct). */
function lowerRaw(node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as { children: Nodes[] };
  const asText = (c: Nodes): Nodes =>
    c.type === 'rawMarkdown' || (c.type === 'html' && node.type !== 'root' && !c.value.startsWith('<')) ? { type: 'text', value: maskShortcodes(c.value) } : c;
  parent.children = mergeText(parent.children.map(asText) as PhrasingContent[]) as Nodes[];
  for (const c of parent.children) lowerRaw(c);
}

function clean(node: Nodes): unknown {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'position' || k === 'data' || v === null || v === undefined) continue;
    if (k === 'spread' && v === false) continue;
    if (k === 'children') out.children = (v as Nodes[]).map(clean);
    else out[k] = v;
  }
  return out;
}

/**
 * Hugo runs shortcodes before markdown, so their argument text is never read as markdown. Both
 * sides of the comparison replace each emitted shortcode call by one placeholder word.
 */
export function maskShortcodes(markdownOrValue: string): string {
  return markdownOrValue.replace(/\{\{<(?!\/\*)(?:(?!\*\/)[^\n])*?>\}\}/g, 'HUGOSHORTCODE');
}

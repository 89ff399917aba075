// Placement rules for raw nodes inside running text, applied once to a page's finished mdast,
// so the markdown means what the tree says:
//
//   - an HTML comment (a marker) opening a paragraph would start an HTML block and swallow the
//     rest of the line: leading markers become their own blocks before the paragraph;
//   - a marker right after a hard break would start a line with HTML, which the serializer
//     avoids by dropping the break: the marker moves before the break instead;
//   - a shortcode tiki2md emits inside text is written verbatim (rawMarkdown), not as HTML;
//   - empty text, emphasis and links, and paragraphs left empty by a conversion are removed.

import type { Html, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

export function fixPhrasingHtml(tree: Root): void {
  visitParents(tree);
}

function isShortcode(n: Nodes): n is Html {
  return n.type === 'html' && Boolean((n.data as { shortcode?: boolean } | undefined)?.shortcode);
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'definitionTerm', 'definitionDescription', 'footnoteReference']);
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function visitParents(node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as { type: string; children: Nodes[] };
  // Children first: a paragraph emptied inside must be seen empty by its container.
  for (const child of parent.children) visitParents(child);
  // Each fix makes a new array only when it changes something (the arrays may be shared).
  if (PHRASING_PARENTS.has(parent.type)) parent.children = markersBeforeBreaks(cleanPhrasing(parent.children as PhrasingContent[])) as Nodes[];
  if (BLOCK_PARENTS.has(parent.type)) parent.children = liftLeadingMarkers(parent.children as RootContent[]) as Nodes[];
}

/** Without empty nodes, and with shortcodes as raw markdown. */
function cleanPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  let out: PhrasingContent[] | null = null;
  for (let i = 0; i < nodes.length; i++) {
    const c = nodes[i];
    const empty = isEmpty(c);
    const shortcode = !empty && isShortcode(c);
    if (!out && (empty || shortcode)) out = nodes.slice(0, i);
    if (empty) continue;
    if (out) out.push(shortcode ? ({ type: 'rawMarkdown', value: (c as Html).value } as unknown as PhrasingContent) : c);
  }
  return out ?? nodes;
}

/** Empty text, and emphasis or links left with nothing inside, write nothing a reader can see. */
function isEmpty(n: Nodes): boolean {
  if (n.type === 'text') return n.value === '';
  if (n.type === 'strong' || n.type === 'emphasis' || n.type === 'delete' || n.type === 'link') return n.children.length === 0;
  return false;
}

function markersBeforeBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  let first = 1;
  while (first < nodes.length && !(nodes[first].type === 'html' && nodes[first - 1].type === 'break')) first++;
  if (first >= nodes.length) return nodes;
  const out = [...nodes];
  for (let i = first; i < out.length; i++) {
    if (out[i].type === 'html' && out[i - 1].type === 'break') {
      let j = i;
      while (j > 0 && out[j - 1].type === 'break') {
        [out[j - 1], out[j]] = [out[j], out[j - 1]];
        j--;
      }
    }
  }
  return out;
}

/** Only comments: `<!--` opening a line starts an HTML block; `<a id="x"></a>` does not. */
function isMarker(n: Nodes | undefined): boolean {
  return n?.type === 'html' && !isShortcode(n) && (n as Html).value.startsWith('<!--');
}

function liftLeadingMarkers(blocks: RootContent[]): RootContent[] {
  let out: RootContent[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const lift = b.type === 'paragraph' && (!b.children.length || isMarker(b.children[0]));
    if (!out && lift) out = blocks.slice(0, i);
    if (!lift) {
      out?.push(b);
      continue;
    }
    const p = b as Paragraph;
    if (!p.children.length) continue; // an empty paragraph writes nothing
    let k = 0;
    while (k < p.children.length && isMarker(p.children[k])) out!.push(p.children[k++] as Html);
    if (k < p.children.length) out!.push({ ...p, children: p.children.slice(k) });
  }
  return out ?? blocks;
}

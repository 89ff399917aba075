// Placement rules for raw nodes inside running text, applied once to a page's finished mdast,
// so the markdown means what the tree says:
//
//   - an HTML comment (a marker) opening a paragraph would start an HTML block and swallow the
//     rest of the line: leading markers become their own blocks before the paragraph;
//   - a marker right after a hard break would start a line with HTML, which the serializer
//     avoids by dropping the break: the marker moves before the break instead;
//   - a shortcode tiki2md emits inside text is written verbatim (rawMarkdown), not as HTML;
//   - empty text, emphasis and links, and paragraphs left empty by a conversion are removed.

import type { Html, Nodes, PhrasingContent, Root, RootContent } from 'mdast';

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
  if (PHRASING_PARENTS.has(parent.type)) {
    parent.children = parent.children.filter((c) => !isEmpty(c)).map((c) => (isShortcode(c) ? { type: 'rawMarkdown', value: c.value } : c)) as Nodes[];
    parent.children = markersBeforeBreaks(parent.children as PhrasingContent[]) as Nodes[];
  }
  if (BLOCK_PARENTS.has(parent.type)) parent.children = liftLeadingMarkers(parent.children as RootContent[]) as Nodes[];
}

/** Empty text, and emphasis or links left with nothing inside, write nothing a reader can see. */
function isEmpty(n: Nodes): boolean {
  if (n.type === 'text') return n.value === '';
  if (n.type === 'strong' || n.type === 'emphasis' || n.type === 'delete' || n.type === 'link') return n.children.length === 0;
  return false;
}

function markersBeforeBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  for (let i = 1; i < out.length; i++) {
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

function liftLeadingMarkers(blocks: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph' && !b.children.length) continue; // an empty paragraph writes nothing
    // Only comments: `<!--` opening a line starts an HTML block; `<a id="x"></a>` does not.
    const isMarker = (n: Nodes) => n.type === 'html' && !isShortcode(n) && (n as Html).value.startsWith('<!--');
    if (b.type === 'paragraph' && isMarker(b.children[0])) {
      let k = 0;
      while (k < b.children.length && isMarker(b.children[k])) out.push(b.children[k++] as Html);
      if (k < b.children.length) out.push({ ...b, children: b.children.slice(k) });
      continue;
    }
    out.push(b);
  }
  return out;
}

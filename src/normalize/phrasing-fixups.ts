// Placement rules for raw nodes inside running text, applied to each parent of a page's
// finished mdast once its children are (the walk is in finish-tree.ts), so the markdown means
// what the tree says:
//
//   - an HTML comment (a marker) opening a paragraph would start an HTML block and swallow the
//     rest of the line: leading markers become their own blocks before the paragraph;
//   - a marker right after a hard break would start a line with HTML, which the serializer
//     avoids by dropping the break: the marker moves before the break instead;
//   - a shortcode tiki2md emits inside text is written verbatim (rawMarkdown), not as HTML;
//   - empty text, emphasis and links, and paragraphs left empty by a conversion are removed.

import type { Html, Nodes, Paragraph, Parent, PhrasingContent, RootContent, Text } from 'mdast';

function isShortcode(n: Nodes): n is Html {
  return n.type === 'html' && Boolean((n.data as { shortcode?: boolean } | undefined)?.shortcode);
}

/**
 * Applies the rules to the children of `parent`, whose own children are done (a paragraph
 * emptied inside must be seen empty by its container). Each fix makes a new array only when it
 * changes something (the arrays may be shared).
 */
export function fixChildren(parent: { type: string; children: Nodes[] }): void {
  switch (parent.type) {
    case 'paragraph':
    case 'heading':
    case 'tableCell':
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'link':
    case 'definitionTerm':
    case 'definitionDescription':
    case 'footnoteReference':
      parent.children = fixPhrasing(parent.children as PhrasingContent[]) as Nodes[];
      return;
    case 'root':
    case 'blockquote':
    case 'listItem':
    case 'footnoteDefinition':
      parent.children = liftLeadingMarkers(parent.children as RootContent[]) as Nodes[];
  }
}

/** Without empty nodes, with shortcodes as raw markdown, and with markers before the breaks they followed. */
function fixPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  let out: PhrasingContent[] | null = null;
  // Whether a kept marker follows a kept break: most runs of phrasing have none, and this scan
  // (one look at each node's type) saves a second one.
  let markerAfterBreak = false;
  let previous = '';
  for (let i = 0; i < nodes.length; i++) {
    const c = nodes[i];
    const type = c.type;
    const empty = isEmpty(c, type);
    const shortcode = !empty && isShortcode(c);
    if (!out && (empty || shortcode)) out = nodes.slice(0, i);
    if (empty) continue;
    if (out) out.push(shortcode ? ({ type: 'rawMarkdown', value: (c as Html).value } as unknown as PhrasingContent) : c);
    const kept = shortcode ? 'rawMarkdown' : type;
    if (kept === 'html' && previous === 'break') markerAfterBreak = true;
    previous = kept;
  }
  const clean = out ?? nodes;
  return markerAfterBreak ? markersBeforeBreaks(clean) : clean;
}

/** Empty text, and emphasis or links left with nothing inside, write nothing a reader can see. */
function isEmpty(n: Nodes, type: string): boolean {
  if (type === 'text') return (n as Text).value === '';
  if (type === 'strong' || type === 'emphasis' || type === 'delete' || type === 'link') return (n as Parent).children.length === 0;
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

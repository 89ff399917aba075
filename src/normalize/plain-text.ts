// The visible text of Tiki inline nodes, as a reader of the Tiki page saw it. Used for heading
// ids (Tiki's and Hugo's are both computed from the text) and inline code.

import type { TikiInline } from '../parse/tiki-tree.js';

export function plainText(nodes: readonly TikiInline[]): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
      case 'noParse':
      case 'literalBracket':
        out += n.value;
        break;
      case 'break':
        out += n.kind === 'newline' ? '\n' : ' ';
        break;
      case 'wikiLink':
        out += n.label ? plainText(n.label) : n.page;
        break;
      case 'externalLink':
        out += n.label ? plainText(n.label) : n.url;
        break;
      case 'autolink':
        out += n.url;
        break;
      case 'comment':
      case 'htmlComment':
      case 'plugin':
        break;
      case 'dynVar':
        out += `%${n.name}%`;
        break;
      case 'smiley':
        out += n.value;
        break;
      default:
        out += plainText(n.children);
    }
  }
  return out;
}

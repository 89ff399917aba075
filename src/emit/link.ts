// The link handler: the stock one (handle/link.js), with a fast path for the links tiki2md
// writes most, `[label](/pages/slug/)`: no title, a destination that needs no `<…>` and no
// scheme (so never an autolink), not at the start of a line (where the stock code checks
// whether the label could read as a definition). For those the stock handler writes exactly
// `[` + label + `](` + escaped destination + `)`, which this does without its position tracker
// (no handler's output depends on positions). Anything else goes to the stock handler.

import type { Link } from 'mdast';
import { defaultHandlers, type Handle } from 'mdast-util-to-markdown';

export const link: Handle = Object.assign(
  (node: Link, parent: Parameters<Handle>[1], state: Parameters<Handle>[2], info: Parameters<Handle>[3]): string => {
    const url = node.url;
    const last = info.before.charAt(info.before.length - 1);
    if (node.title || !url || /[\0- \u007F]/.test(url) || /^[a-z][+\-.a-z]+:/i.test(url) || last === '\n' || last === '\r' || state.options.resourceLink) {
      return defaultHandlers.link(node, parent, state, info);
    }
    const exit = state.enter('link');
    const exitLabel = state.enter('label');
    const label = state.containerPhrasing(node, { before: '[', after: '](', now: info.now, lineShift: info.lineShift });
    exitLabel();
    const value = '[' + label + '](';
    const exitDestination = state.enter('destinationRaw');
    const destination = state.safe(url, { before: value, after: ')' });
    exitDestination();
    exit();
    return value + destination + ')';
  },
  { peek: (defaultHandlers.link as Handle & { peek: Handle }).peek },
);

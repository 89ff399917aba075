// The hard-break handler: the stock one (`\` + line ending, or a space where a line ending cannot
// be written, as in an ATX heading or a table cell), with its scan of every unsafe pattern on
// each break answered from the escaper's per-construct-stack cache (fast-safe.ts). A page of
// short lines has a break per line, and the stock scan runs twice for each (once as its peek).

import { defaultHandlers, type Handle } from 'mdast-util-to-markdown';
import { bareLineEnding } from './fast-safe.js';

export const hardBreak: Handle = (node, parent, state, info) => {
  const bare = bareLineEnding(state);
  if (bare === undefined) return defaultHandlers.break(node, parent, state, info);
  return bare ? (/[\t ]/.test(info.before) ? '' : ' ') : '\\\n';
};

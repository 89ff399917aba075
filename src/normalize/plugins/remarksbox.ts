// {REMARKSBOX(type=tip|note|warning|errors|comment|confirm|information title=…)}body{REMARKSBOX}
// and the newer {ALERT(type=…)} become GitHub-style alerts, which recent Hugo passes to a
// blockquote render hook (and GitHub renders natively):
//
//   > [!WARNING]
//   > **Careful**
//   >
//   > Do not **delete**.
//
// (The title is a separate line of the first paragraph, as GitHub documents alerts.)

import { append } from '../../parse/append.js';
import type { RootContent } from 'mdast';
import { blockquote } from './box.js';
import { bodyBlocks, param, reportDroppedParams, type PluginConverter } from './converter.js';

const alertType: Record<string, string> = {
  tip: 'TIP',
  confirm: 'TIP',
  success: 'TIP',
  note: 'NOTE',
  comment: 'NOTE',
  information: 'NOTE',
  info: 'NOTE',
  primary: 'NOTE',
  warning: 'WARNING',
  errors: 'CAUTION',
  error: 'CAUTION',
  danger: 'CAUTION',
  important: 'IMPORTANT',
};

export const remarksboxConverter: PluginConverter = {
  block(ctx, p) {
    reportDroppedParams(ctx, p, ['type', 'title', 'close', 'icon', 'highlight', 'width']);
    const type = (param(p, 'type') ?? 'note').toLowerCase();
    const alert = alertType[type] ?? 'NOTE';
    if (!alertType[type]) ctx.report('style-dropped', 'info', p.start, `${p.name}: box type "${type}" has no alert equivalent; shown as a note`);
    const title = param(p, 'title')?.trim();
    // `[!TYPE]` must open the quote's first paragraph; the title continues that paragraph.
    const first: RootContent = { type: 'paragraph', children: [{ type: 'rawMarkdown', value: `[!${alert}]` }] };
    if (title) first.children.push({ type: 'text', value: '\n' }, { type: 'strong', children: [{ type: 'text', value: title }] });
    const children: RootContent[] = [first];
    append(children, bodyBlocks(ctx, p));
    return [blockquote(children)];
  },
};

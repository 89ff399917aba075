// Wiki attachments from `tiki_wiki_attachments` rows (attached to pages by name, in `page`), in
// ascending attId order. `data` holds the bytes stored in the database; it is null when the row
// has NULL there, or when the bytes are empty and `path` names a file in Tiki's attachment folder.
// Attachments of pages not in tiki_pages are dropped and logged as `orphan-row`. Page and file
// names stored double-encoded are repaired like the page names they join on (charset.ts).

import type { IssueLog } from '../issues.js';
import type { BlobStore } from '../blob-store.js';
import { bytes, int, requiredInt, requiredText, text, type Row } from '../rows.js';
import { repaired } from '../charset.js';
import type { Attachment, InputPlace, Page } from '../site-model.js';

export class AttachmentsCollector {
  private readonly rows = new Map<number, { attachment: Attachment; at: InputPlace }>();

  constructor(
    private readonly issues: IssueLog,
    private readonly blobs: BlobStore,
  ) {}

  add(row: Row, at: InputPlace): void {
    const id = requiredInt(row, 'attId');
    if (this.rows.has(id)) return;
    const path = text(row, 'path') ?? '';
    const stored = bytes(row, 'data');
    const data = stored === null || (stored.length === 0 && path !== '') ? null : this.blobs.store(stored);
    const attachment: Attachment = {
      id,
      page: repaired(requiredText(row, 'page')),
      filename: repaired(text(row, 'filename') ?? ''),
      filetype: text(row, 'filetype') ?? '',
      filesize: int(row, 'filesize') ?? data?.length ?? 0,
      data,
      path,
      created: int(row, 'created') ?? 0,
      comment: text(row, 'comment') ?? '',
    };
    this.rows.set(id, { attachment, at });
  }

  resolve(pages: readonly Page[]): Attachment[] {
    const names = new Set(pages.map((page) => page.name));
    const kept: Attachment[] = [];
    for (const { attachment, at } of this.rows.values()) {
      if (names.has(attachment.page)) {
        kept.push(attachment);
        continue;
      }
      this.issues.add(
        'orphan-row',
        at,
        `attachment ${attachment.id} (${JSON.stringify(attachment.filename)}) belongs to page ${JSON.stringify(attachment.page)}, which is not in tiki_pages; dropped`,
        { id: null, name: attachment.page },
      );
    }
    return kept.sort((a, b) => a.id - b.id);
  }
}

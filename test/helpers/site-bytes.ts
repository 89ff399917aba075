// Site models compared by value: attachment and gallery-file bytes are handles into the loader's
// scratch file (load/blob-store.ts), so two loads of the same data are equal once the bytes are read.

import type { SiteModel } from '../../src/load/site-model.js';

export function withBytes(model: SiteModel): SiteModel {
  const read = <T extends { data: { read(): Uint8Array } | null }>(item: T) => ({ ...item, data: item.data && item.data.read() });
  return { ...model, attachments: model.attachments.map(read), files: model.files?.map(read) } as unknown as SiteModel;
}

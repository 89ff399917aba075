// Bytes stored on disk: an attachment or gallery file whose `data` is empty and whose `path`
// names a file in Tiki's storage folder (prefs w_use_dir / fgal_use_dir). Tiki reads
// `<dir><path>`; tiki2md looks for `<filesDir>/<path>` (copy both of Tiki's folders into one).
// A path that is absolute or climbs out with `..` is never followed: it counts as not found.

import { statSync } from 'node:fs';
import { isAbsolute, join, normalize, resolve, sep } from 'node:path';
import type { Attachment, DiskFile, GalleryFile } from './site-model.js';

export function findDiskFiles(
  attachments: readonly Attachment[],
  files: readonly GalleryFile[],
  filesDir: string | null,
): DiskFile[] {
  const out: DiskFile[] = [];
  const look = (kind: DiskFile['kind'], item: Attachment | GalleryFile) => {
    if (item.data !== null || item.path === '') return;
    out.push({ kind, id: item.id, found: filesDir === null ? null : locate(filesDir, item.path) });
  };
  for (const a of attachments) look('attachment', a);
  for (const f of files) look('file', f);
  return out;
}

function locate(filesDir: string, path: string): string | null {
  const relative = normalize(path.replace(/\\/g, '/'));
  if (isAbsolute(relative) || relative.split(sep).includes('..')) return null;
  const full = resolve(join(filesDir, relative));
  try {
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

// File galleries and their files: `tiki_file_galleries` and `tiki_files` rows, in ascending id
// order. Only the current version of a file is kept: a row whose `archiveId` is not 0 is an
// archived older version of file `archiveId` and is skipped (counted, not reported). `data`
// holds the bytes stored in the database; it is null when NULL, or when empty and `path` names
// a file in Tiki's gallery folder (pref fgal_use_dir). A file whose gallery is missing is kept.

import { repaired } from '../charset.js';
import type { BlobStore } from '../blob-store.js';
import { bytes, int, requiredInt, text, type Row } from '../rows.js';
import type { FileGallery, GalleryFile } from '../site-model.js';

export class FilesCollector {
  private readonly files = new Map<number, GalleryFile>();
  private readonly galleries = new Map<number, FileGallery>();
  /** Archived versions skipped. */
  archived = 0;

  constructor(private readonly blobs: BlobStore) {}

  addFile(row: Row): void {
    const id = requiredInt(row, 'fileId');
    if ((int(row, 'archiveId') ?? 0) !== 0) {
      this.archived++;
      return;
    }
    if (this.files.has(id)) return;
    const path = text(row, 'path') ?? '';
    const stored = bytes(row, 'data');
    const data = stored === null || (stored.length === 0 && path !== '') ? null : this.blobs.store(stored);
    const created = int(row, 'created') ?? 0;
    this.files.set(id, {
      id,
      galleryId: int(row, 'galleryId') ?? 0,
      name: repaired(text(row, 'name') ?? ''),
      filename: repaired(text(row, 'filename') ?? ''),
      filetype: text(row, 'filetype') ?? '',
      filesize: int(row, 'filesize') ?? data?.length ?? 0,
      data,
      path,
      created,
      lastModif: int(row, 'lastModif') ?? created,
      user: text(row, 'user') ?? '',
      description: repaired(text(row, 'description') ?? ''),
    });
  }

  addGallery(row: Row): void {
    const id = requiredInt(row, 'galleryId');
    if (this.galleries.has(id)) return;
    this.galleries.set(id, {
      id,
      name: repaired(text(row, 'name') ?? ''),
      type: text(row, 'type') ?? 'default',
      parentId: int(row, 'parentId') ?? -1,
    });
  }

  resolve(): { files: GalleryFile[]; galleries: Map<number, FileGallery> } {
    return {
      files: [...this.files.values()].sort((a, b) => a.id - b.id),
      galleries: new Map([...this.galleries].sort(([a], [b]) => a - b)),
    };
  }
}

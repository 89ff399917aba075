// File names of extracted attachments and gallery files under output/static/<dir>/:
//   att-<attId>-<readable name>.<ext>      wiki attachments
//   file-<fileId>-<readable name>.<ext>    file-gallery files
// The id keeps names unique (the two prefixes never meet), so no collision handling is needed and
// a name never changes when other files come or go. The readable part is the real file name
// without its extension, slugified (lower-case ASCII, "-" between words, at most 60 characters,
// "file" when nothing is left). The extension comes from the real file name (lower-cased; 1–10
// letters or digits), never from the MIME type, which browsers often got wrong
// (application/octet-stream, a CSV sent as application/vnd.ms-excel); only a name without any
// extension falls back to the extension of a few well-known types.

import slugify from 'slugify';

const typeExtensions: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/csv': 'csv',
};

export function splitExtension(filename: string): { base: string; ext: string } {
  const match = /^(.*?)\.([A-Za-z0-9]{1,10})$/.exec(filename.trim());
  return match !== null && match[1] !== '' ? { base: match[1], ext: match[2].toLowerCase() } : { base: filename.trim(), ext: '' };
}

export function assetFileName(kind: 'attachment' | 'file', id: number, filename: string, filetype = ''): string {
  const { base, ext } = splitExtension(filename);
  const extension = ext || typeExtensions[filetype.trim().toLowerCase()] || '';
  const readable = slugify(base, { lower: true, strict: true, trim: true }).slice(0, 60).replace(/-+$/, '') || 'file';
  return `${kind === 'attachment' ? 'att' : 'file'}-${id}-${readable}${extension ? `.${extension}` : ''}`;
}

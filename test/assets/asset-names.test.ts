// Names of extracted files (src/assets/asset-names.ts): id kept, readable, extension from the
// real file name and never from the MIME subtype, never empty, never able to leave the folder.

import { describe, expect, it } from 'vitest';
import { assetFileName, splitExtension } from '../../src/assets/asset-names.js';

describe('assetFileName', () => {
  it.each([
    ['attachment', 1, '25ohd-ranges.png', 'image/png', 'att-1-25ohd-ranges.png'],
    ['file', 3, 'latitude-table.csv', 'application/vnd.ms-excel', 'file-3-latitude-table.csv'],
    ['file', 1, 'UV Index.JPG', 'image/jpeg', 'file-1-uv-index.jpg'],
    ['attachment', 7, 'Café – menu (final).PDF', 'application/octet-stream', 'att-7-cafe-menu-final.pdf'],
    ['attachment', 8, 'archive.tar.gz', 'application/gzip', 'att-8-archivetar.gz'],
    ['attachment', 9, 'README', 'text/plain', 'att-9-readme.txt'],
    ['attachment', 10, 'no-extension', 'application/x-unknown', 'att-10-no-extension'],
    ['attachment', 11, 'ビタミン.png', 'image/png', 'att-11-file.png'],
    ['attachment', 12, '../../etc/passwd', '', 'att-12-etcpasswd'],
    ['attachment', 13, '', 'image/gif', 'att-13-file.gif'],
    ['file', 14, '.htaccess', '', 'file-14-htaccess'],
  ] as const)('%s %i %j (%s) → %s', (kind, id, filename, type, expected) => {
    expect(assetFileName(kind, id, filename, type)).toBe(expected);
  });

  it('keeps names short and distinct per id even for equal file names', () => {
    const long = `${'very long name '.repeat(20)}.png`;
    const name = assetFileName('attachment', 1, long);
    expect(name.length).toBeLessThanOrEqual(4 + 1 + 60 + 4 + 2);
    expect(name).toMatch(/^att-1-very-long-name.*[^-]\.png$/);
    expect(assetFileName('attachment', 1, 'a.png')).not.toBe(assetFileName('attachment', 2, 'a.png'));
    expect(assetFileName('attachment', 1, 'a.png')).not.toBe(assetFileName('file', 1, 'a.png'));
  });

  it('splitExtension takes only a short alphanumeric suffix', () => {
    expect(splitExtension('x.docx')).toEqual({ base: 'x', ext: 'docx' });
    expect(splitExtension('version 1.0 final')).toEqual({ base: 'version 1.0 final', ext: '' });
    expect(splitExtension('.png')).toEqual({ base: '.png', ext: '' });
  });
});

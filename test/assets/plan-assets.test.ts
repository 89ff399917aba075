// planAssets (src/assets/plan-assets.ts) on hand-built sites: files of a page's attachment gallery
// resolve by name on that page, attachments win over gallery files, the newest of equal names
// wins, the missing-bytes finding says where the bytes were looked for, and the base path
// prefixes every legacy download URL.

import { describe, expect, it } from 'vitest';
import { pageAssetKey } from '../../src/assets/asset-types.js';
import { planAssets } from '../../src/assets/plan-assets.js';
import type { Attachment, GalleryFile, Page, SiteModel } from '../../src/load/site-model.js';
import { bytesInMemory } from '../../src/load/blob-store.js';

const page = (id: number, name: string): Page => ({
  id, name, pageSlug: null, data: '', description: '', created: 0, lastModif: 0, user: '', creator: '', lang: '', isHtml: false, wysiwyg: false,
});
const attachment = (id: number, pageName: string, filename: string, data: Uint8Array | null = new Uint8Array([1]), path = ''): Attachment => ({
  id, page: pageName, filename, filetype: '', filesize: 1, data: data && bytesInMemory(data), path, created: 0, comment: '',
});
const file = (id: number, galleryId: number, filename: string, name = filename): GalleryFile => ({
  id, galleryId, name, filename, filetype: '', filesize: 1, data: bytesInMemory(new Uint8Array([2])), path: '', created: 0, lastModif: 0, user: '', description: '',
});

function site(extra: Partial<SiteModel>): SiteModel {
  return {
    pages: [page(1, 'Home'), page(2, 'Other')],
    categories: new Map(), pageCategories: new Map(), freetags: new Map(), pageFreetags: new Map(),
    attachments: [], structures: [], issues: [],
    ...extra,
  };
}

describe('planAssets', () => {
  it('resolves files of a page attachment gallery by file name and display name; attachments first; newest wins', () => {
    const { assets } = planAssets(
      site({
        attachments: [attachment(1, 'Home', 'chart.png'), attachment(5, 'Home', 'chart.png'), attachment(2, 'Other', 'x.pdf')],
        fileGalleries: new Map([
          [3, { id: 3, name: 'Wiki Attachments', type: 'system', parentId: -1 }],
          [10, { id: 10, name: 'Home', type: 'attachments', parentId: 3 }],
          [11, { id: 11, name: 'Elsewhere', type: 'default', parentId: 1 }],
        ]),
        files: [file(7, 10, 'chart.png'), file(8, 10, 'report-2020.pdf', 'Annual report'), file(9, 11, 'other.png')],
      }),
    );
    expect(assets.byPageAndName.get(pageAssetKey(1, 'chart.png'))?.id).toBe(5);
    expect(assets.byPageAndName.get(pageAssetKey(1, 'chart.png'))?.kind).toBe('attachment');
    expect(assets.byPageAndName.get(pageAssetKey(1, 'report-2020.pdf'))).toMatchObject({ kind: 'file', id: 8, pageId: 1 });
    expect(assets.byPageAndName.get(pageAssetKey(1, 'Annual report'))?.id).toBe(8);
    expect(assets.byFileId.get(9)?.pageId).toBeNull();
    expect([...assets.byPageAndName.keys()].some((k) => k.endsWith('other.png'))).toBe(false);
  });

  it('uses the fgal_root_wiki_attachments_id preference for page galleries', () => {
    const { assets } = planAssets(
      site({
        preferences: new Map([['fgal_root_wiki_attachments_id', '20']]),
        fileGalleries: new Map([[21, { id: 21, name: 'Other', type: 'default', parentId: 20 }]]),
        files: [file(1, 21, 'a.txt')],
      }),
    );
    expect(assets.byFileId.get(1)?.pageId).toBe(2);
  });

  it('a missing asset: planned URL kept, flagged, 410 for its old URL, and a finding saying where it was looked for', () => {
    const plan = planAssets(
      site({ attachments: [attachment(4, 'Home', 'notes.odt', null, 'abc123'), attachment(6, 'Home', 'empty.bin', null, '')], diskFiles: [{ kind: 'attachment', id: 4, found: null }] }),
      { basePath: '/tiki/', filesDir: null, dir: 'media' },
    );
    expect(plan.assets.byAttId.get(4)).toMatchObject({ missing: true, url: '/media/att-4-notes.odt', file: 'media/att-4-notes.odt' });
    expect(plan.assets.redirects[0]).toEqual({ from: '/tiki/tiki-download_wiki_attachment.php?attId=4', to: '', status: 410, kind: 'attachment', assetId: 4, pageId: 1 });
    expect(plan.findings.map((f) => [f.ruleId, f.pageId, f.message.split(': ')[1].split(';')[0]])).toEqual([
      ['attachment-missing', 1, 'its bytes are on disk as "abc123", and no --files-dir was given'],
      ['attachment-missing', 1, 'its data is empty and it names no file on disk'],
    ]);
  });
});

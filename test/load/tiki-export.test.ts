// Tiki's own page export (dump/export.tar of MIME messages, src/load/tiki-export/): pages and
// history only, with an input-limited warning saying what the form cannot carry; bodies equal the
// database's except for what Tiki's export loses (trailing spaces, LF vs CRLF); long names via
// GNU long-name entries; damaged archives and messages are clear errors.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/load/input-error.js';
import { loadInput } from '../../src/load/open-input.js';
import { parseTikiMime } from '../../src/load/tiki-export/mime.js';
import { readTar } from '../../src/load/tiki-export/tar.js';
import { writeTmp } from './helpers.js';
import { forms } from './sample-forms.js';

/** What Tiki's export keeps of a body: every line right-trimmed, LF line ends. */
const exported = (body: string) => body.split('\n').map((l) => l.replace(/\s+$/, '')).join('\n');

describe('the sample as a Tiki page export', async () => {
  const { site } = await loadInput(forms.tikiExport, { history: true });
  const { site: db } = await loadInput(forms.dump, { history: true });

  it('gives every page, numbered 1…N in archive order, with its current revision', () => {
    expect(site.pages).toHaveLength(73);
    expect(site.pages.map((p) => p.id)).toEqual(Array.from({ length: 73 }, (_, k) => k + 1));
    const byName = new Map(db.pages.map((p) => [p.name, p]));
    for (const page of site.pages) {
      const original = byName.get(page.name)!;
      expect(original, page.name).toBeDefined();
      expect(page.data, page.name).toBe(exported(original.data));
      expect([page.lastModif, page.user, page.description], page.name).toEqual([original.lastModif, original.user, original.description]);
    }
  });

  it('reads names longer than a tar header holds', () => {
    expect(site.pages.some((p) => p.name.startsWith('Need at least 6,000 IU daily') && p.name.endsWith('Oct 2021'))).toBe(true);
  });

  it('gives the previous revisions as history', () => {
    expect(site.history?.map((h) => [h.pageName, h.version, h.user, h.comment])).toEqual(db.history?.map((h) => [h.pageName, h.version, h.user, h.comment]));
  });

  it('states what the form cannot carry', () => {
    const limited = site.issues.filter((i) => i.ruleId === 'input-limited');
    expect(limited).toHaveLength(1);
    expect(limited[0]).toMatchObject({ severity: 'warning', place: null });
    expect(limited[0].message).toMatch(/no page ids .* categories, tags, attachments, files, structures, translations, aliases/);
    expect(site.attachments).toEqual([]);
    expect(site.structures).toEqual([]);
    expect(site.pageCategories.size).toBe(0);
  });

  it('repairs the mojibake page like every other source', () => {
    expect(site.pages.find((p) => p.name === 'Newsletter Archive 2009')?.description).toBe('Autumn 2009 – imported');
  });
});

describe('MIME and tar details', () => {
  it('a single-revision page, rawurlencoded parameters, a cp1252 body', () => {
    const message = Buffer.concat([
      Buffer.from('Date: Tue, 1 Jan 2008 10:00:00 +0000\r\nMime-Version: 1.0 (Produced by Tiki)\r\nContent-Type: application/x-tikiwiki;\r\n  pagename=Caf%C3%A9%20Page;\r\n  version=3;\r\n  description="";\r\n  charset=iso-8859-1\r\nContent-Transfer-Encoding: binary\r\n\r\nCr', 'latin1'),
      Buffer.from([0xe8, 0x6d, 0x65, 0x20, 0x80]),
      Buffer.from('\r\nline 2\r\n', 'latin1'),
    ]);
    const [revision] = parseTikiMime(message);
    expect(revision.params.get('pagename')).toBe('Caf%C3%A9%20Page');
    expect(revision.body).toBe('Crème €\nline 2');
  });

  it('a damaged tar header or message is an InputError naming the archive', async () => {
    const tar = readFileSync(forms.tikiExport);
    const bad = Buffer.from(tar);
    bad[0] ^= 0xff;
    const error = await loadInput(writeTmp('bad.tar', bad)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/bad\.tar: a tar header with a wrong checksum \(at byte 0\)/);

    const entries = readTar(tar);
    expect(entries.length).toBeGreaterThanOrEqual(73);
    const noType = writeTmp('notiki.tar', retar('Page', 'Date: x\r\n\r\nbody'));
    const second = await loadInput(noType).catch((e: unknown) => e);
    expect((second as InputError).message).toMatch(/notiki\.tar:1: entry "Page": no Content-Type header/);
  });
});

/** A one-entry ustar archive. */
function retar(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const h = Buffer.alloc(512);
  h.write(name, 0);
  h.write('0000644\0', 100);
  h.write(data.length.toString(8).padStart(11, '0') + '\0', 124);
  h.write('00000000000\0', 136);
  h.write('        ', 148);
  h.write('0', 156);
  h.write('ustar\u000000', 257);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return Buffer.concat([h, data, Buffer.alloc((512 - (data.length % 512)) % 512), Buffer.alloc(1024)]);
}

// Charset repair (src/load/charset.ts): double-encoded UTF-8 is repaired per value and only when
// the result is valid UTF-8 with fewer mojibake sequences; clean and mixed text is left alone.
// On the sample, the mojibake page 27 comes out byte-identical to its clean source file, with a
// charset-repaired finding per field; a repaired page name keeps its stored spelling.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/load/build-site-model.js';
import { cp1252Decode, cp1252Encode, repairDoubleEncoding, suspiciousCount } from '../../src/load/charset.js';
import { loadSqlDump } from '../../src/load/load-sql-dump.js';
import type { RowSource, SqlValue } from '../../src/load/rows.js';
import { forms } from './sample-forms.js';

/** What an old latin1 install did to UTF-8 text (the same transform site.mjs uses). */
function doubleEncode(text: string): string {
  return cp1252Decode(Buffer.from(text, 'utf8'));
}

describe('repairDoubleEncoding', () => {
  const clean = ['café', 'It’s “quoted” — 10 €', 'naïve ü Ø 日本語 😀 Витамин', 'Crème brûlée', '™ • … ‰'];

  it.each(clean)('repairs %j read as cp1252', (text) => {
    const broken = doubleEncode(text);
    expect(broken).not.toBe(text);
    expect(repairDoubleEncoding(broken)).toBe(text);
  });

  it.each([...clean, 'plain ASCII', '', 'Ã  la carte: Â is a letter too'])('leaves clean text %j alone', (text) => {
    expect(repairDoubleEncoding(text)).toBeNull();
  });

  it('repairs text that was double-encoded twice', () => {
    expect(repairDoubleEncoding(doubleEncode(doubleEncode('café ’')))).toBe('café ’');
  });

  it('leaves a value that mixes repaired and clean text (not valid UTF-8 after the round trip)', () => {
    const mixed = `${doubleEncode('café')} and café`;
    expect(suspiciousCount(mixed)).toBe(1);
    expect(repairDoubleEncoding(mixed)).toBeNull();
  });

  it('decodes cp1252 (not ISO-8859-1) and encodes back', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = cp1252Decode(all);
    expect(text.slice(0x80, 0x86)).toBe('€\u0081‚ƒ„…');
    expect(cp1252Encode(text)).toEqual(all);
  });

  it('refuses characters cp1252 cannot encode', () => {
    expect(cp1252Encode('Ã© 日')).toBeNull();
    expect(repairDoubleEncoding('cafÃ© 日本')).toBeNull();
  });

  it('passes the five undefined cp1252 bytes through, as MySQL does (” → â€ + U+009D)', () => {
    expect(doubleEncode('”')).toBe('â€\u009d');
    expect(repairDoubleEncoding('say â€œhiâ€\u009d')).toBe('say “hi”');
  });
});

describe('charset repair on the sample (page 27, stored double-encoded)', async () => {
  const site = await loadSqlDump(forms.dump);
  const page = site.pages.find((p) => p.id === 27)!;

  it('the body comes out byte-identical to the clean source file', () => {
    expect(page.data).toBe(readFileSync(join(forms.pageBodies, '27.tiki'), 'utf8'));
    expect(page.description).toBe('Autumn 2009 – imported');
  });

  it('reports charset-repaired for the body and the description, with page and field', () => {
    const repaired = site.issues.filter((i) => i.ruleId === 'charset-repaired');
    expect(repaired.map((i) => [i.pageId, i.pageName, i.severity, i.message.split(' was ')[0]])).toEqual([
      [27, 'Newsletter Archive 2009', 'info', 'data (the page body)'],
      [27, 'Newsletter Archive 2009', 'info', 'description'],
    ]);
    expect(repaired[1].message).toContain('"…mn 2009 â€“ imported" → "…mn 2009 – imported"');
    expect(repaired[0].place?.line).toBeGreaterThan(1);
  });

  it('repairs no other page', () => {
    for (const other of site.pages.filter((p) => p.id !== 27)) expect(suspiciousCount(other.data + other.name), other.name).toBe(0);
    expect(site.pages.filter((p) => p.originalName !== undefined)).toEqual([]);
  });
});

describe('a repaired page name', () => {
  const row = (values: Record<string, SqlValue>) => new Map(Object.entries(values));
  const source: RowSource = {
    file: 'mojibake.sql',
    async *events() {
      yield { kind: 'row', table: 'tiki_pages', line: 3, row: row({ page_id: '1', pageName: doubleEncode('Café'), data: 'x' }) };
      yield { kind: 'row', table: 'tiki_objects', line: 5, row: row({ objectId: '1', type: 'wiki page', itemId: doubleEncode('Café') }) };
      yield { kind: 'row', table: 'tiki_categories', line: 6, row: row({ categId: '1', name: doubleEncode('Crème'), parentId: '0' }) };
      yield { kind: 'row', table: 'tiki_category_objects', line: 7, row: row({ catObjectId: '1', categId: '1' }) };
    },
  };

  it('keeps the stored spelling in originalName and still joins the rows that name it', async () => {
    const site = await buildSiteModel(source);
    expect(site.pages[0]).toMatchObject({ name: 'Café', originalName: 'CafÃ©' });
    expect(site.pageCategories.get('Café')).toEqual([1]);
    expect(site.categories.get(1)?.name).toBe('Crème');
    expect(site.issues).toEqual([
      expect.objectContaining({ ruleId: 'charset-repaired', pageId: 1, pageName: 'Café', place: { file: 'mojibake.sql', line: 3 } }),
    ]);
    expect(site.issues[0].message).toMatch(/^pageName was stored double-encoded/);
  });
});

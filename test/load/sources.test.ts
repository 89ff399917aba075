// `--input` forms of the sample site: a mysqldump file, a phpMyAdmin JSON export, a mysqldump
// --tab folder and a mysql --batch folder (all written from one database by real tools, see
// input/generate/make-exports.sh) give the same SiteModel — history, files and every Tiki table
// included. The live-database form joins this comparison in test/live/ (npm run test:live).
// Also: how an input is recognised, and the errors for inputs that are none of these.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/load/input-error.js';
import { loadInput, openInput, defaultFilesDir } from '../../src/load/open-input.js';
import { tablesFor } from '../../src/load/tables/schema.js';
import { comparable, forms } from './sample-forms.js';

const options = { history: true, filesDir: forms.filesDir };

describe('the sample in every offline form', async () => {
  const reference = await loadInput(forms.dump, options);

  it('the dump is the reference: 73 pages and every table read', () => {
    expect(reference.site.pages).toHaveLength(73);
    expect(reference.site.input).toEqual({
      kind: 'sql-dump',
      features: ['pageSlug', 'tiki_files', 'tiki_structures', 'tiki_translated_objects', 'tiki_object_relations', 'tiki_custom_route'],
    });
    expect(reference.site.history).toHaveLength(4);
    expect(reference.site.files?.map((f) => f.id)).toEqual([1, 3]);
  });

  it.each([
    ['phpMyAdmin JSON', forms.json, 'phpmyadmin-json'],
    ['mysqldump --tab folder', forms.tab, 'mysqldump-tab'],
  ])('%s gives the same SiteModel', async (_label, path, kind) => {
    const other = await loadInput(path, options);
    expect(other.site.input?.kind).toBe(kind);
    expect(comparable(other.site)).toEqual(comparable(reference.site));
  });

  it('mysql --batch folder gives the same SiteModel, plus notes where NULL may have been the text "NULL"', async () => {
    const other = await loadInput(forms.batch, options);
    expect(other.site.input?.kind).toBe('mysql-batch');
    const ambiguous = other.site.issues.filter((i) => i.ruleId === 'input-ambiguous');
    expect(ambiguous.map((i) => i.message)).toContain('mysql --batch writes NULL and the text "NULL" alike; read as NULL in tiki_pages: description (1)');
    expect(ambiguous.every((i) => i.severity === 'info' && i.place?.line === 1)).toBe(true);
    const withoutNotes = { ...other.site, issues: other.site.issues.filter((i) => i.ruleId !== 'input-ambiguous') };
    expect(comparable(withoutNotes)).toEqual(comparable(reference.site));
  });

  it('places issues in the file the row came from (one file per table)', async () => {
    const tab = await loadInput(forms.tab, options);
    const repaired = tab.site.issues.find((i) => i.ruleId === 'charset-repaired');
    expect(repaired?.place?.file).toBe(join(forms.tab, 'tiki_pages.txt'));
    const json = await loadInput(forms.json, options);
    expect(json.site.issues.find((i) => i.ruleId === 'charset-repaired')?.place?.file).toBe(forms.json);
  });
});

describe('recognising an input', () => {
  const kindOf = (input: string) => openInput(input, tablesFor({})).kind;

  it('by URL scheme, file name, content and folder layout', () => {
    expect(kindOf('mysql://u:p@localhost/db')).toBe('mysql');
    expect(kindOf('mariadb://u@db.example:3307/tiki')).toBe('mysql');
    expect(kindOf(forms.dump)).toBe('sql-dump');
    expect(kindOf(forms.json)).toBe('phpmyadmin-json');
    expect(kindOf(forms.tikiExport)).toBe('tiki-export');
    expect(kindOf(forms.tab)).toBe('mysqldump-tab');
    expect(kindOf(forms.batch)).toBe('mysql-batch');
    expect(kindOf(forms.inputFolder)).toBe('sql-dump');
  });

  it('by content when the extension says nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiki2md-dispatch-'));
    writeFileSync(join(dir, 'export.txt'), '[\n{"type":"header"}\n]\n');
    expect(kindOf(join(dir, 'export.txt'))).toBe('phpmyadmin-json');
  });

  it('names the input without its password', () => {
    expect(openInput('mysql://reader:s3cr%40t@db.example:3307/tiki', []).file).toBe('mysql://reader@db.example:3307/tiki');
  });

  it('finds files/ beside the input as the default --files-dir', async () => {
    expect(defaultFilesDir(forms.inputFolder)).toBe(forms.filesDir);
    expect(defaultFilesDir(forms.dump)).toBe(forms.filesDir);
    expect(defaultFilesDir(forms.json)).toBeNull();
    expect(defaultFilesDir('mysql://u@h/db')).toBeNull();
    expect((await loadInput(forms.inputFolder)).filesDir).toBe(forms.filesDir);
  });

  it('refuses what is none of the forms, naming the input and what was expected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiki2md-dispatch-'));
    const error = (input: string) => {
      try {
        openInput(input, []);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as InputError).message;
      }
      throw new Error('expected an InputError');
    };
    expect(error(join(dir, 'nope.sql'))).toMatch(/nope\.sql: no such file or folder \(expected a mysqldump \.sql file, a phpMyAdmin \.json export/);
    mkdirSync(join(dir, 'empty'));
    expect(error(join(dir, 'empty'))).toMatch(/empty: the folder holds no \.sql, \.json or \.tar file and no tiki_pages\.txt\/\.tsv/);
    mkdirSync(join(dir, 'two'));
    writeFileSync(join(dir, 'two', 'a.sql'), '');
    writeFileSync(join(dir, 'two', 'b.json'), '[]');
    expect(error(join(dir, 'two'))).toMatch(/the folder holds several inputs \(a\.sql, b\.json\) \(expected one input file; name it with --input\)/);
    expect(error('mysql://u:secret@host')).toBe('mysql://u@host/: the URL names no database (expected a database URL like mysql://user:password@host:3306/database (or ?socket=/path/to/mysqld.sock))');
  });
});

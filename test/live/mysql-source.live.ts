// The live MySQL/MariaDB source against a real MariaDB (started by .ci/run, loaded by
// input/generate/load-sample-db.sh, read through a user that may only SELECT): the sample read
// live gives the same SiteModel as the dump, the phpMyAdmin JSON and the TSV folders; rows carry
// their table and row number; latin1 tables are read as stored and repaired per value; the
// converter runs end to end on a database URL; connection problems are InputErrors that never
// show the password.

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { InputError } from '../../src/load/input-error.js';
import { loadInput } from '../../src/load/open-input.js';
import { runConvert } from '../../src/pipeline.js';
import { comparable, forms, liveUrl } from '../load/sample-forms.js';

const options = { history: true, filesDir: forms.filesDir };
const display = liveUrl.replace(/:[^:@/]*@/, '@');

describe('the sample read from a live MariaDB', async () => {
  const live = await loadInput(liveUrl, options);
  const dump = await loadInput(forms.dump, options);

  it('gives the same SiteModel as the dump, the JSON export and the TSV folders', async () => {
    expect(live.site.input?.kind).toBe('mysql');
    expect(live.site.pages).toHaveLength(73);
    const reference = comparable(dump.site);
    expect(comparable(live.site)).toEqual(reference);
    expect(comparable((await loadInput(forms.json, options)).site)).toEqual(reference);
    expect(comparable((await loadInput(forms.tab, options)).site)).toEqual(reference);
    const batch = (await loadInput(forms.batch, options)).site;
    expect(comparable({ ...batch, issues: batch.issues.filter((i) => i.ruleId !== 'input-ambiguous') })).toEqual(reference);
  });

  it('names the input without the password, and places rows by table and row number (primary-key order)', () => {
    expect(live.input).toBe(display);
    expect(live.input).not.toContain('tiki2md@');
    const repaired = live.site.issues.find((i) => i.ruleId === 'charset-repaired')!;
    const rowNumber = [...dump.site.pages].map((p) => p.id).indexOf(27) + 1;
    expect(repaired.place).toEqual({ file: `${display}/tiki_pages`, line: rowNumber });
  });

  it('converts end to end from a database URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiki2md-live-'));
    const config = parseConfig({ input: liveUrl, out: join(dir, 'out'), reports: join(dir, 'reports'), filesDir: forms.filesDir }, 'test');
    const result = await runConvert(config);
    expect(result.stats.input).toBe(display);
    expect(readdirSync(join(dir, 'out', 'content', 'pages'))).toHaveLength(73);
    expect(readdirSync(join(dir, 'out', 'static', 'files'))).toHaveLength(5);
  });
});

describe('latin1 tables', () => {
  it('reads the bytes as stored: UTF-8 kept, real latin1 converted from cp1252, one note per column', async () => {
    const { site } = await loadInput(liveUrl.replace(/\/[^/?]+(\?|$)/, '/tiki2md_latin1$1'));
    expect(site.pages.map((p) => [p.name, p.data, p.description])).toEqual([
      ['Café', 'Crème brûlée — it’s “good”', ''],
      ['Crème', 'Déjà vu€', 'plain'],
    ]);
    const notes = site.issues.filter((i) => i.ruleId === 'charset-repaired');
    expect(notes.map((i) => i.message.split(' is declared')[0])).toEqual(['column tiki_pages.pageName', 'column tiki_pages.data', 'column tiki_pages.description']);
    expect(notes[0].message).toContain('values that were real latin1 text converted from cp1252');
    expect(notes[2].message).toContain('no value was real latin1 text');
  });
});

describe('connection problems', () => {
  const failure = async (url: string): Promise<InputError> => {
    const error = await loadInput(url).then(() => new Error('expected an InputError'), (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  };

  it('a wrong password: access denied, password not shown', async () => {
    const error = await failure(liveUrl.replace(/:([^:@/]*)@/, ':wrong-secret@'));
    expect(error.message).toMatch(/the database could not be read: ER_ACCESS_DENIED_ERROR/);
    expect(error.message).not.toContain('wrong-secret');
    expect(error.message).toMatch(/\(expected a reachable MySQL\/MariaDB server, the right credentials/);
  });

  it('a database the user may not read', async () => {
    const error = await failure(liveUrl.replace(/\/[^/?]+(\?|$)/, '/mysql$1'));
    expect(error.message).toMatch(/ER_DBACCESS_DENIED_ERROR/);
  });

  it('no server on the port', async () => {
    const error = await failure('mysql://tiki2md_ro:tiki2md@127.0.0.1:1/tiki2md_sample');
    expect(error.message).toBe(
      'mysql://tiki2md_ro@127.0.0.1:1/tiki2md_sample: the database could not be read: ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:1) ' +
        '(expected a reachable MySQL/MariaDB server, the right credentials, and a user allowed to SELECT from the database and information_schema)',
    );
  });
});

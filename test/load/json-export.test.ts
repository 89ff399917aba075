// The phpMyAdmin JSON reader (src/load/json-export.ts): the line-per-value shape phpMyAdmin writes
// is streamed with the line of every row; the same JSON laid out differently (pretty-printed) is
// parsed whole and gives the same model; damaged exports are clear errors with a line; a binary
// column exported as text (old phpMyAdmin) is an input-ambiguous warning.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/load/build-site-model.js';
import { InputError } from '../../src/load/input-error.js';
import { PhpMyAdminJsonSource } from '../../src/load/json-export.js';
import { tablesFor } from '../../src/load/tables/schema.js';
import { writeTmp } from './helpers.js';
import { comparable, forms } from './sample-forms.js';

const load = (path: string) => buildSiteModel(new PhpMyAdminJsonSource(path, tablesFor({})));
const text = readFileSync(forms.json, 'utf8');

async function inputError(run: Promise<unknown>): Promise<InputError> {
  const error = await run.then(() => new Error('expected an InputError'), (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('phpMyAdmin JSON', async () => {
  const model = await load(forms.json);

  it('gives each row the line it is on', () => {
    const issue = model.issues.find((i) => i.ruleId === 'charset-repaired')!;
    const line = text.split('\n').findIndex((l) => l.startsWith('{"page_id":"27",')) + 1;
    expect(issue.place).toEqual({ file: forms.json, line });
  });

  it('decodes "0x…" hex in binary columns to the exact bytes', () => {
    const png = model.attachments.find((a) => a.id === 1)!.data!.read();
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
  });

  it('pretty-printed, the same JSON gives the same model', async () => {
    const pretty = writeTmp('pretty.json', JSON.stringify(JSON.parse(text), null, 4));
    expect(comparable(await load(pretty))).toEqual(comparable(model));
  });

  it('a truncated export is an error at its last line', async () => {
    const lines = text.split('\n');
    const cut = writeTmp('cut.json', lines.slice(0, 40).join('\n') + '\n');
    const error = await inputError(load(cut));
    expect(error.message).toMatch(/cut\.json:40: the file ends before its closing "\]" \(expected a phpMyAdmin JSON export: .*; the export looks truncated\)/);
  });

  it('a damaged row names its line', async () => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"page_id":"2",'));
    lines[at] = lines[at].slice(0, 30);
    const error = await inputError(load(writeTmp('damaged.json', lines.join('\n'))));
    expect(error.line).toBe(at + 1);
    expect(error.message).toContain('this line is not a JSON object (one table row)');
  });

  it('a line that breaks the shape after rows were read', async () => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith(',{"type":"table","name":"tiki_pages"'));
    lines.splice(at, 0, 'garbage');
    const error = await inputError(load(writeTmp('garbage.json', lines.join('\n'))));
    expect(error.line).toBe(at + 1);
    expect(error.message).toContain('this line does not continue the export');
  });

  it('text that is not JSON at all', async () => {
    const error = await inputError(load(writeTmp('not.json', '{"a": ')));
    expect(error.message).toMatch(/not\.json: not valid JSON: /);
  });

  it('a binary column written as text (old phpMyAdmin) is read as UTF-8 and flagged', async () => {
    const old = text.replace(/("attId":"1",.*?"data":)"0x[0-9a-f]+"/, '$1"PNG?"');
    const site = await load(writeTmp('old.json', old));
    expect(Buffer.from(site.attachments[0].data!.read()).toString('utf8')).toBe('PNG?');
    expect(site.issues.find((i) => i.ruleId === 'input-ambiguous')).toMatchObject({
      severity: 'warning',
      message: '1 value(s) of the binary column tiki_wiki_attachments.data are text, not "0x…" hex: exported by an old phpMyAdmin, bytes that were not UTF-8 are damaged',
    });
  });
});

// Attachments and gallery files of the sample, through a real conversion run: every asset with
// bytes is extracted byte-identical (SHA-256 against input/generate/site.mjs), the archived file
// version and the attachment whose file was lost are not written, the lost one is reported, the
// asset manifest maps every old download URL, and every reference in the sample's pages resolves
// through the plan's lookups to a file that exists (or to a reported missing one).

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetLookup } from '../../src/assets/asset-lookup.js';
import { parseConfig } from '../../src/config.js';
import { loadInput } from '../../src/load/open-input.js';
import { runConvert } from '../../src/pipeline.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { forms } from '../load/sample-forms.js';

interface SampleAsset {
  data?: Uint8Array | null;
  disk?: Uint8Array;
}

// The sample as data (plain JS, no types): the independent source of the expected bytes.
const sample = (await import(new URL('../../input/generate/site.mjs', import.meta.url).href)) as { attachments: SampleAsset[]; files: SampleAsset[] };
const { attachments, files } = sample;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = (a: SampleAsset) => a.data ?? a.disk ?? null;

describe('assets of the sample, extracted by a conversion run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiki2md-assets-'));
  const out = join(dir, 'output');
  const config = parseConfig({ input: forms.inputFolder, out, reports: join(dir, 'reports') }, 'test');
  const result = await runConvert(config);
  const staticDir = join(out, 'static', 'files');

  it('writes exactly the assets that have bytes', () => {
    expect(readdirSync(staticDir).sort()).toEqual([
      'att-1-25ohd-ranges.png',
      'att-2-dosage-chart.pdf',
      'att-3-uvb-map.gif',
      'file-1-uv-index.jpg',
      'file-3-latitude-table.csv',
    ]);
  });

  it('extracts every one byte-identical (hash test)', () => {
    const expected: [string, SampleAsset][] = [
      ['att-1-25ohd-ranges.png', attachments[0]],
      ['att-2-dosage-chart.pdf', attachments[1]],
      ['att-3-uvb-map.gif', attachments[2]],
      ['file-1-uv-index.jpg', files[0]],
      ['file-3-latitude-table.csv', files[2]],
    ];
    for (const [name, source] of expected) {
      const want = bytesOf(source);
      expect(want, name).not.toBeNull();
      expect(sha256(readFileSync(join(staticDir, name))), name).toBe(sha256(want!));
    }
  });

  it('reports the attachment whose file was lost, with its page', () => {
    const missing = result.findings.filter((f) => f.ruleId === 'attachment-missing' && f.line === null);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ pageId: 16, pageName: 'Latitude and UVB', severity: 'warning' });
    expect(missing[0].message).toContain('attachment 4 ("latitude-notes.odt") has no bytes');
    expect(missing[0].message).toContain('1679091c5a880faf6fb5e6087eb1b2dc');
  });

  it('writes the asset manifest: every old download URL → the new file (410 when missing)', () => {
    const csv = readFileSync(join(out, 'redirects', 'assets.csv'), 'utf8').trim().split('\r\n');
    expect(csv[0]).toBe('legacy_url,new_url,status,page_id,kind,asset_id');
    expect(csv).toContain('/tiki-download_wiki_attachment.php?attId=1,/files/att-1-25ohd-ranges.png,301,4,attachment,1');
    expect(csv).toContain('/tiki-download_wiki_attachment.php?attId=4,,410,16,attachment,4');
    for (const form of ['/tiki-download_file.php?fileId=3', '/dl3', '/display3', '/thumbnail3', '/preview3']) {
      expect(csv).toContain(`${form},/files/file-3-latitude-table.csv,301,,file,3`);
    }
    expect(csv.some((line) => line.includes('fileId=2') || line.startsWith('/dl2,'))).toBe(false);
    expect(csv).toHaveLength(1 + 4 + 2 * 5);
  });
});

describe('every asset reference in the sample pages resolves', async () => {
  const { site, filesDir } = await loadInput(forms.inputFolder);
  const plan = buildPlan(site, { section: 'pages', stripTitleDates: false, extras: { filesDir } });
  const lookup = assetLookup(plan.assets, site.pages);
  const missingReported = new Set(plan.findings.filter((f) => f.ruleId === 'attachment-missing').map((f) => f.message.split(' (')[0]));

  const references: { page: string; ref: string; entry: ReturnType<typeof lookup.attachment> }[] = [];
  for (const page of site.pages) {
    for (const m of page.data.matchAll(/attId=(\d+)/g)) references.push({ page: page.name, ref: m[0], entry: lookup.attachment(Number(m[1])) });
    for (const m of page.data.matchAll(/fileId=(\d+)|\[dl(\d+)\|/g)) references.push({ page: page.name, ref: m[0], entry: lookup.file(Number(m[1] ?? m[2])) });
    for (const m of page.data.matchAll(/\{file name="([^"]+)"/g)) references.push({ page: page.name, ref: m[0], entry: lookup.attachmentByName(page.name, m[1]) });
  }

  it('finds the references of pages 4, 5 and 16', () => {
    expect(references.map((r) => `${r.page}: ${r.ref}`)).toEqual([
      'Vitamin D Blood Test: attId=1',
      'Vitamin D Dosage Chart: attId=2',
      'Vitamin D Dosage Chart: {file name="dosage-chart.pdf"',
      'Latitude and UVB: attId=3',
      'Latitude and UVB: fileId=1',
      'Latitude and UVB: fileId=3',
      'Latitude and UVB: [dl3|',
      'Latitude and UVB: {file name="latitude-notes.odt"',
    ]);
  });

  it('each points at an extracted file, or at a missing asset that is reported', () => {
    for (const { page, ref, entry } of references) {
      expect(entry, `${page}: ${ref}`).not.toBeNull();
      if (entry!.missing) expect(missingReported, ref).toContain(`attachment ${entry!.id}`);
      else expect(entry!.url).toBe(`/${entry!.file}`);
    }
    expect(references.filter((r) => r.entry?.missing).map((r) => r.ref)).toEqual(['{file name="latitude-notes.odt"']);
  });

  it('byPageAndName knows a page attachment only on its own page', () => {
    expect(lookup.attachmentByName('Vitamin D Dosage Chart', 'dosage-chart.pdf')?.id).toBe(2);
    expect(lookup.attachmentByName('Vitamin D Blood Test', 'dosage-chart.pdf')).toBeNull();
    expect(lookup.attachmentByName('No Such Page', 'dosage-chart.pdf')).toBeNull();
    expect(existsSync(forms.filesDir)).toBe(true);
  });
});

// Path safety: whatever a page or file is called, nothing is written outside output/ or
// reports/: slugs and asset file names are plain, bounded, non-reserved names, and the writer
// refuses any path that would climb out of its folder.

import { describe, expect, it } from 'vitest';
import { assetFileName } from '../../src/assets/asset-names.js';
import { safeRelative } from '../../src/emit/write-tree.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { makePage, makeSite } from '../plan/site-fixture.js';

const hostile = [
  '../../etc/passwd',
  '/etc/passwd',
  '..',
  '.',
  'C:\\Windows\\system32',
  'a\u0000b',
  'line\nbreak',
  'CON',
  'nul.txt',
  'COM1',
  'x'.repeat(400),
  '\u202eevil\u202d.exe',
  '%2e%2e%2f',
  '~/.ssh/id_rsa',
  '   ',
  '日本語',
  '🙂',
  '?#*:|<>"',
];

describe('path safety', () => {
  it('every slug is a plain, bounded, non-reserved name', () => {
    const site = makeSite(hostile.map((name, i) => makePage(i + 1, name)));
    const plan = buildPlan(site, { section: 'pages', stripTitleDates: false });
    for (const p of plan.pages) {
      expect(p.slug, JSON.stringify(p.page.name)).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(p.slug.length).toBeLessThanOrEqual(130);
      expect(['con', 'nul', 'aux', 'prn', 'com1', 'lpt1', 'index']).not.toContain(p.slug);
    }
    expect(new Set(plan.pages.map((p) => p.slug)).size).toBe(hostile.length);
  });

  it('every asset file name stays a single path segment', () => {
    hostile.forEach((name, i) => {
      const file = assetFileName('attachment', i + 1, name, 'application/octet-stream');
      expect(file, JSON.stringify(name)).not.toMatch(/[/\\\u0000-\u001f]/);
      expect(file.startsWith('.')).toBe(false);
      expect(file.length).toBeLessThanOrEqual(200);
    });
  });

  it('the writer refuses paths that leave its folder', () => {
    for (const bad of ['../x', 'a/../../x', '/../../x', '..', 'a\u0000b']) expect(() => safeRelative(bad), bad).toThrow();
    expect(safeRelative('content/pages/a.md')).toBe('content/pages/a.md');
    expect(safeRelative('/content/pages/a.md')).toBe('content/pages/a.md');
  });
});

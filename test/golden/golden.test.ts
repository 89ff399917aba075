// Golden fixtures: test/golden/<case>/input.tiki → output.md + findings.json, reviewable as
// plain files. Links resolve against the small site in site.json (helpers/golden-env.ts). Regenerate after a deliberate
// change with `UPDATE_GOLDEN=1 npx vitest run test/golden` and review the diff.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertTikiBody } from '../../src/convert-page.js';
import { goldenLinks, goldenOptions } from '../helpers/golden-env.js';

const dir = new URL('./', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';

const cases = readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('golden fixtures', () => {
  it('exist', () => expect(cases.length).toBeGreaterThan(20));

  for (const name of cases) {
    it(name, () => {
      const caseDir = new URL(`${name}/`, dir);
      const input = readFileSync(new URL('input.tiki', caseDir), 'utf8');
      const result = convertTikiBody(input, goldenLinks, goldenOptions(name));
      const findings = result.findings.map((f) => ({ line: f.line, column: f.column, ruleId: f.ruleId, severity: f.severity }));
      const outFile = new URL('output.md', caseDir);
      const findingsFile = new URL('findings.json', caseDir);
      if (update) {
        writeFileSync(outFile, result.markdown);
        writeFileSync(findingsFile, JSON.stringify(findings, null, 2) + '\n');
      }
      expect(result.markdown).toBe(readFileSync(outFile, 'utf8'));
      expect(findings).toEqual(JSON.parse(readFileSync(findingsFile, 'utf8')));
    });
  }
});

// Paths of the sample site in every input form (input/generate/make-exports.sh writes the
// exports from the database make-dump.sh builds), and a comparison that ignores what must differ
// between sources: where an issue was seen (file and line) and what kind of input it was.

import { fileURLToPath } from 'node:url';
import type { SiteModel } from '../../src/load/site-model.js';
import { withBytes } from '../helpers/site-bytes.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const forms = {
  inputFolder: root('input'),
  dump: root('input/tiki-sample.sql'),
  filesDir: root('input/files'),
  json: root('test/fixtures/sample-forms/tiki-sample.json'),
  tab: root('test/fixtures/sample-forms/tab'),
  batch: root('test/fixtures/sample-forms/batch'),
  tikiExport: root('test/fixtures/sample-forms/tiki-export.tar'),
  pageBodies: root('input/generate/pages'),
} as const;

/** The read-only user load-sample-db.sh creates; TIKI2MD_LIVE_URL overrides it. */
export const liveUrl = process.env.TIKI2MD_LIVE_URL ?? 'mysql://tiki2md_ro:tiki2md@127.0.0.1:3306/tiki2md_sample';

/** The model without issue places and input kind: the parts that legitimately differ between sources. */
export function comparable(model: SiteModel): unknown {
  return {
    ...withBytes(model),
    issues: model.issues.map((issue) => ({ ...issue, place: null })),
    input: { ...model.input, kind: null },
  };
}

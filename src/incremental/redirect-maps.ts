// The redirect maps in an incremental run. They follow from the plan's legacy URL records alone
// (and the tool and config, which an incremental run already holds equal), but cost seconds per
// ten thousand pages to write. The manifest header records a hash of the records and of every map
// file; when the records hash the same and every file on disk still has its hash, the files are
// staged as they are (hard links) instead of being written again.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StagedTree } from '../emit/write-tree.js';
import type { Plan } from '../plan/plan-types.js';
import { REDIRECT_FORMATS } from '../redirects/formats.js';
import { REDIRECTS_DIR, redirectFileEntries } from '../redirects/index.js';
import type { RedirectSettings } from '../redirects/model.js';
import { sha256 } from './manifest.js';

export interface RedirectMapsRecord {
  /** Hash of the legacy URL records the maps were written from. */
  recordsHash: string;
  /** Each map file (relative to output/redirects/, "/"-separated) and the hash of its bytes. */
  files: [string, string][];
}

/** Writes the maps, or stages the previous run's when they would come out the same; returns what the manifest records. */
export async function writeRedirectMaps(out: StagedTree, outDir: string, plan: Pick<Plan, 'legacyUrls'>, settings: RedirectSettings, previous: RedirectMapsRecord | undefined): Promise<RedirectMapsRecord> {
  // With a previous run to compare with, the records are hashed first; otherwise as redirects.json
  // is written, which serializes each record anyway (a second pass cost seconds on a large site),
  // or first all the same when redirects.json is not among the formats written.
  let recordsHash: string | null = null;
  if (previous !== undefined || !(settings.formats ?? REDIRECT_FORMATS).includes('json')) {
    const hasher = recordsHasher();
    for (const record of plan.legacyUrls) hasher.add(JSON.stringify(record));
    recordsHash = hasher.digest();
    if (previous !== undefined && previous.recordsHash === recordsHash && (await stillOnDisk(outDir, previous.files))) {
      for (const [file] of previous.files) await out.keep(join(REDIRECTS_DIR, file), join(outDir, REDIRECTS_DIR, file));
      return previous;
    }
  }
  const records = recordsHasher();
  const files: [string, string][] = [];
  for (const [file, text] of redirectFileEntries(plan, settings, recordsHash === null ? records.add : undefined)) {
    const path = join(REDIRECTS_DIR, file);
    if (typeof text === 'string') {
      // Encoded once, for the file and its hash.
      const bytes = Buffer.from(text);
      await out.write(path, bytes);
      files.push([file, sha256(bytes)]);
    } else {
      files.push([file, await out.writeChunksHashed(path, text)]);
    }
  }
  return { recordsHash: recordsHash ?? records.digest(), files };
}

/**
 * The records' hash: each record's JSON and a newline, record by record (a large site's records
 * as one JSON text would pass V8's longest string).
 */
function recordsHasher(): { add: (json: string) => void; digest: () => string } {
  const hash = createHash('sha256');
  return { add: (json) => hash.update(json).update('\n'), digest: () => hash.digest('hex') };
}

async function stillOnDisk(outDir: string, files: [string, string][]): Promise<boolean> {
  for (const [file, hash] of files) {
    // The manifest is a file on disk like any other: a name that could leave redirects/ is not ours.
    if (typeof file !== 'string' || file.includes('\0') || file.includes('\\') || file.split('/').some((part) => part === '' || part === '.' || part === '..')) return false;
    const bytes = await readFile(join(outDir, REDIRECTS_DIR, file)).catch(() => null);
    if (bytes === null || sha256(bytes) !== hash) return false;
  }
  return true;
}

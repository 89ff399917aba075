// What a page's conversion looked up beyond its own source, recorded so a later run can tell
// whether the page would convert the same. A conversion reads the rest of the site only through
// LinkTargets (which page a link names, its URL and heading ids) and PageResources (another
// page's source for {include}, the asset manifest). Both are wrapped here; every answer is noted
// as (kind, key, hash of the answer). A later run asks the same questions of its own plan: same
// answers, same page.

import { createHash } from 'node:crypto';
import type { LinkTargets } from '../normalize/link-targets.js';
import type { AssetLookup, PageResources } from '../normalize/page-resources.js';

export type DependencyKind = 'link' | 'source' | 'attachment' | 'file' | 'attachment-by-name';

/** [kind, key, hash of the answer]. The key of an attachment-by-name is "page\0filename". */
export type Dependency = [DependencyKind, string, string];

/** The lookups a conversion uses, wrapped to note every question and answer. */
export interface Recorder {
  links: LinkTargets;
  resources: PageResources | undefined;
  /** Every distinct question asked, in a fixed order. */
  dependencies(): Dependency[];
}

export function recordLookups(links: LinkTargets, resources: PageResources | undefined): Recorder {
  const seen = new Map<string, Dependency>();
  const note = <T>(kind: DependencyKind, key: string, answer: T): T => {
    const id = `${kind}\0${key}`;
    if (!seen.has(id)) seen.set(id, [kind, key, answerHash(answer)]);
    return answer;
  };
  const recordedLinks: LinkTargets = {
    knowsPages: links.knowsPages,
    resolve: (name) => {
      const id = `link\0${name}`;
      if (!seen.has(id)) seen.set(id, ['link', name, linkAnswerHash(links, name)]);
      return links.resolve(name);
    },
  };
  let recordedResources: PageResources | undefined;
  if (resources) {
    const { pageSource, assets } = resources;
    recordedResources = { ...resources };
    if (pageSource) recordedResources.pageSource = (name) => note('source', name, pageSource(name));
    if (assets) recordedResources.assets = recordAssets(assets, note);
  }
  return {
    links: recordedLinks,
    resources: recordedResources,
    dependencies: () => [...seen.values()].sort((a, b) => (a[0] + '\0' + a[1] < b[0] + '\0' + b[1] ? -1 : 1)),
  };
}

type Note = <T>(kind: DependencyKind, key: string, answer: T) => T;

function recordAssets(assets: AssetLookup, note: Note): AssetLookup {
  return {
    attachment: (id) => note('attachment', String(id), assets.attachment(id)),
    file: (id) => note('file', String(id), assets.file(id)),
    attachmentByName: (page, filename) => note('attachment-by-name', `${page}\0${filename}`, assets.attachmentByName(page, filename)),
  };
}

/** Whether every recorded question gets the same answer from these lookups. */
export function dependenciesHold(dependencies: readonly Dependency[], links: LinkTargets, resources: PageResources): boolean {
  return dependencies.every(([kind, key, hash]) => (kind === 'link' ? linkAnswerHash(links, key) : answerHash(ask(kind, key, links, resources))) === hash);
}

/**
 * Link answers hashed once per name and LinkTargets: the same few targets are linked from many
 * pages, and a target's answer (its URL and heading-id map) does not change within a run.
 */
const linkHashes = new WeakMap<LinkTargets, Map<string, string>>();

function linkAnswerHash(links: LinkTargets, name: string): string {
  let hashes = linkHashes.get(links);
  if (!hashes) linkHashes.set(links, (hashes = new Map()));
  let hash = hashes.get(name);
  // The key is copied: a name sliced from a page body would keep the whole body alive for the
  // rest of the run (a worker held about 6 KB per page converted, 300 MB at 100k pages).
  if (hash === undefined) hashes.set(flatCopy(name), (hash = answerHash(links.resolve(name))));
  return hash;
}

/** A copy of `text` that shares no storage with the string it was sliced from (UTF-16 keeps lone surrogates). */
export function flatCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

function ask(kind: DependencyKind, key: string, links: LinkTargets, resources: PageResources): unknown {
  switch (kind) {
    case 'link':
      return links.resolve(key);
    case 'source':
      return resources.pageSource?.(key) ?? null;
    case 'attachment':
      return resources.assets?.attachment(Number(key)) ?? null;
    case 'file':
      return resources.assets?.file(Number(key)) ?? null;
    case 'attachment-by-name': {
      const cut = key.indexOf('\0');
      return resources.assets?.attachmentByName(key.slice(0, cut), key.slice(cut + 1)) ?? null;
    }
  }
}

/** A short hash of an answer; Maps (heading-id maps) hash as their entries in order. */
export function answerHash(answer: unknown): string {
  const json = JSON.stringify(answer ?? null, (_key, value: unknown) => (value instanceof Map ? [...value] : value));
  return createHash('sha256').update(json).digest('base64url').slice(0, 16);
}

// Which map keys survive in servers that compare keys ASCII-case-insensitively and refuse or
// shadow duplicates (nginx map, Apache txt RewriteMap via int:tolower, IIS rewriteMap): the first
// of each folded key is kept. Apache, IIS and nginx load the same query keys, and nginx and IIS the
// same decoded paths: each list is folded once per model and its verdicts (one byte per key, in
// model order) shared by the emitters.

import { added, asciiLower, GONE, isPlainParam, type QueryForm, type RedirectModel } from './model.js';

/** Verdict: a later key folds like an earlier one. */
export const DROPPED = 0;
/** Verdict: first of its folded key among all keys of the list. */
export const FIRST = 1;
/** Verdict: first within its parameter's own map only (nginx writes one map per parameter). */
export const FIRST_IN_MAP = 2;

/** Verdicts of keys given map after map. */
class FoldedVerdicts {
  readonly verdicts: Uint8Array;
  private n = 0;
  private seen = new Set<string>();
  private readonly earlier: Set<string>[] = [];

  constructor(keyCount: number) {
    this.verdicts = new Uint8Array(keyCount);
  }

  /** The next key of the current map. */
  add(key: string): void {
    const folded = asciiLower(key);
    let verdict = added(this.seen, folded) ? FIRST : DROPPED;
    if (verdict === FIRST) for (const map of this.earlier) if (map.has(folded)) verdict = FIRST_IN_MAP;
    this.verdicts[this.n++] = verdict;
  }

  /** Ends the current map. */
  nextMap(): void {
    this.earlier.push(this.seen);
    this.seen = new Set();
  }
}

const queryCache = new WeakMap<RedirectModel, Uint8Array>();
const pathCache = new WeakMap<RedirectModel, Uint8Array>();

/**
 * Verdicts of the raw query keys "<decoded path>?<param>=<raw value>" of the plain-named
 * parameters, in model order (parameters, forms, raw values): Apache and IIS keep FIRST, nginx
 * (a map per parameter) FIRST and FIRST_IN_MAP.
 */
export function queryKeyVerdicts(model: RedirectModel): Uint8Array {
  let cached = queryCache.get(model);
  if (cached === undefined) {
    const plain = [...model.query].filter(([name]) => isPlainParam(name));
    const count = plain.reduce((n, [, forms]) => forms.reduce((m, f) => m + f.rawValues.length, n), 0);
    const noQuestionMark = plain.every(([, forms]) => forms.every((f) => !f.path.includes('?')));
    cached = noQuestionMark ? verdictsByPath(plain, count) : verdictsByKey(plain, count);
    queryCache.set(model, cached);
  }
  return cached;
}

/**
 * The lines of a single query map over every parameter (Apache, IIS): `line(key, value)` for each
 * raw query key that is FIRST, in model order — the order queryKeyVerdicts gives its verdicts in,
 * which is why the walk lives here. `value(target)` is made once per form (a target or GONE).
 */
export function* firstQueryLines(model: RedirectModel, line: (key: string, value: string) => string, value: (target: string) => string): Generator<string> {
  const verdicts = queryKeyVerdicts(model);
  let i = 0;
  for (const [name, forms] of model.query) {
    if (!isPlainParam(name)) continue;
    for (const f of forms) {
      const prefix = `${f.path}?${name}=`;
      const v = value(f.to ?? GONE);
      for (const raw of f.rawValues) if (verdicts[i++] === FIRST) yield line(prefix + raw, v);
    }
  }
}

/** Any query keys: each whole key folded. */
function verdictsByKey(maps: [string, readonly QueryForm[]][], count: number): Uint8Array {
  const v = new FoldedVerdicts(count);
  for (const [name, forms] of maps) {
    for (const f of forms) {
      const prefix = `${f.path}?${name}=`;
      for (const value of f.rawValues) v.add(prefix + value);
    }
    v.nextMap();
  }
  return v.verdicts;
}

/**
 * Query keys whose paths hold no "?", the usual case: a key's first "?" then ends its path, and
 * parameter names (no "=") differ before their "=", so two keys fold alike exactly when they are
 * of one parameter and their paths and values fold alike. Grouped per folded path, each value is
 * folded once for all the forms sharing it, and no key string is made.
 */
function verdictsByPath(maps: [string, readonly QueryForm[]][], count: number): Uint8Array {
  const verdicts = new Uint8Array(count);
  let n = 0;
  let raw: readonly string[] = [];
  let folded: string[] = [];
  for (const [, forms] of maps) {
    const byPath = new Map<string, Set<string>>(); // folded path → folded values seen
    for (const f of forms) {
      const path = asciiLower(f.path);
      let values = byPath.get(path);
      if (values === undefined) byPath.set(path, (values = new Set()));
      if (f.rawValues !== raw) folded = (raw = f.rawValues).map(asciiLower); // shared by a page's forms (model.ts)
      for (const value of folded) verdicts[n++] = added(values, value) ? FIRST : DROPPED;
    }
  }
  return verdicts;
}

/** Verdicts of the decoded paths (model.paths, each form's `paths` in order): nginx and IIS keep FIRST. */
export function pathKeyVerdicts(model: RedirectModel): Uint8Array {
  let cached = pathCache.get(model);
  if (cached === undefined) pathCache.set(model, (cached = foldedVerdicts(model.paths.flatMap((f) => f.paths))));
  return cached;
}

/** Verdicts of the keys of one map. */
export function foldedVerdicts(keys: readonly string[]): Uint8Array {
  const v = new FoldedVerdicts(keys.length);
  for (const key of keys) v.add(key);
  return v.verdicts;
}

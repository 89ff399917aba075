// The behavioural check of `tiki2md verify-redirects` (legacy-urls-and-redirects.md §3.4): every
// spelling of every legacy record is requested from the running server WITHOUT following
// redirects (raw request path: node:http sends the bytes as given, no URL normalization), and
// status and Location are compared with the record. Each distinct target is then requested once
// and must answer 200 (external targets are not followed). Negative probes — unknown names, ids
// past the last one, hostile bytes — must answer 404 or 410, never a redirect or a 5xx; variant
// probes (upper-case parameter name, extra parameters) must behave like the plain spelling.

import { Agent, request } from 'node:http';
import type { LegacyUrlRecord } from '../plan/plan-types.js';
import { legacyMatchKey } from '../plan/legacy-spellings.js';

export interface HttpAnswer {
  status: number;
  location: string | null;
}

export interface SpellingCheck {
  spelling: string;
  from: string;
  kind: string;
  expected: HttpAnswer;
  actual: HttpAnswer;
  ok: boolean;
}

export interface TargetCheck {
  to: string;
  status: number | null;
  ok: boolean;
  external: boolean;
}

export interface ProbeCheck {
  probe: string;
  path: string;
  expected: string;
  actual: HttpAnswer;
  ok: boolean;
}

export interface ReplayResult {
  spellings: SpellingCheck[];
  targets: TargetCheck[];
  probes: ProbeCheck[];
}

export class HttpClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 16 });

  constructor(readonly origin: string) {}

  get(path: string): Promise<HttpAnswer> {
    const { hostname, port } = new URL(this.origin);
    return new Promise((resolve, reject) => {
      const req = request({ host: hostname, port, path, method: 'GET', agent: this.agent }, (res) => {
        res.resume();
        res.once('end', () => {
          const raw = res.headers.location ?? null;
          resolve({ status: res.statusCode ?? 0, location: raw === null ? null : this.relative(raw) });
        });
      });
      req.once('error', reject);
      req.end();
    });
  }

  /** A Location on this server as a site-relative path; other origins unchanged. */
  relative(location: string): string {
    return location.startsWith(this.origin + '/') ? location.slice(this.origin.length) : location;
  }

  close(): void {
    this.agent.destroy();
  }
}

async function pool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

const isGone = (r: LegacyUrlRecord) => r.status === 404 || r.status === 410;
const expectedOf = (r: LegacyUrlRecord): HttpAnswer => ({ status: r.status, location: isGone(r) ? null : r.to });
const same = (a: HttpAnswer, b: HttpAnswer) => a.status === b.status && a.location === b.location;

export async function replay(client: HttpClient, records: readonly LegacyUrlRecord[], goneStatus: number): Promise<ReplayResult> {
  const jobs = records.flatMap((record) => record.spellings.map((spelling) => ({ record, spelling })));
  const spellings = await pool(jobs, 16, async ({ record, spelling }) => {
    const actual = await client.get(spelling);
    const expected = expectedOf(record);
    return { spelling, from: record.from, kind: record.kind, expected, actual, ok: same(actual, expected) };
  });

  const targets = [...new Set(records.filter((r) => !isGone(r)).map((r) => r.to))].sort();
  const targetChecks = await pool(targets, 16, async (to) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(to)) return { to, status: null, ok: true, external: true };
    const answer = await client.get(to);
    return { to, status: answer.status, ok: answer.status === 200, external: false };
  });

  const probes = await pool(probeList(records), 8, async (p) => {
    const actual = await client.get(p.path);
    const ok = p.like ? same(actual, expectedOf(p.like)) : (actual.status === 404 || actual.status === goneStatus) && actual.location === null;
    return { probe: p.probe, path: p.path, expected: p.like ? `${p.like.status} ${p.like.to}` : `404 or ${goneStatus}, no Location`, actual, ok };
  });
  return { spellings, targets: targetChecks, probes };
}

interface Probe {
  probe: string;
  path: string;
  /** Must answer like this record; absent: must be a 404/410 without Location. */
  like?: LegacyUrlRecord;
}

function probeList(records: readonly LegacyUrlRecord[]): Probe[] {
  const keys = new Set(records.map((r) => r.matchKey));
  const script = records.find((r) => r.url.path.endsWith('/tiki-index.php'))?.url.path ?? '/tiki-index.php';
  const base = script.slice(0, -'/tiki-index.php'.length);
  const unused = (make: (n: number) => string) => {
    for (let n = 0; ; n++) if (!keys.has(legacyMatchKey(make(n))) && !keys.has(legacyMatchKey(make(n), true))) return make(n);
  };
  const maxId = Math.max(0, ...records.map((r) => r.pageId));
  const probes: Probe[] = [
    { probe: 'unknown page name (?page=)', path: unused((n) => `${base}/tiki-index.php?page=Tiki2md+No+Such+Page+${n}`) },
    { probe: 'unknown SEF path', path: unused((n) => `${base}/Tiki2md+No+Such+Page+${n}`) },
    { probe: 'unknown page_id', path: unused((n) => `${base}/tiki-index.php?page_id=${maxId + 1000 + n}`) },
    { probe: 'unknown page_ref_id', path: unused((n) => `${base}/tiki-index.php?page_ref_id=${maxId + 1000 + n}`) },
    { probe: 'unknown attachment', path: unused((n) => `${base}/tiki-download_wiki_attachment.php?attId=${maxId + 1000 + n}`) },
    { probe: 'hostile ?page= value', path: `${base}/tiki-index.php?page=%22%3B%7B%7D%24tiki2md%0Areturn%20301%20%2Fx%3B%23` },
    { probe: 'hostile path', path: `${base}/%22%3B%7B%7D%24tiki2md%20return%20301` },
  ];
  const param = records.find((r) => r.kind === 'page-param' && !isGone(r) && r.url.param?.name === 'page');
  if (param) {
    const [path, query] = param.from.split('?');
    probes.push({ probe: 'upper-case parameter name', path: `${path}?${query.replace(/^page=/, 'PAGE=')}`, like: param });
    probes.push({ probe: 'extra parameters around page=', path: `${path}?structure=x&${query}&pagenum=2&bl=y`, like: param });
  }
  return probes;
}

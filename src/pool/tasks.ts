// The messages between the main thread and a conversion worker. Tasks are objects so fields can
// be added (the run context travels by file path; see context.ts):
//
//   headings  where a share of the page bodies are in the body store (parsing is cheap next to a
//             message) → each one's heading-anchor map (Tiki id → Hugo id), or null when it
//             cannot be parsed (the page's own conversion reports that); the clock restarts
//             at each page
//   convert   a few page ids (page-batches.ts) → each page's body, findings and the lookups it
//             made (convertRecordedBody), in order; the worker reads the sources from the body
//             store named in the run context; the clock restarts at each page; the main thread
//             puts the front matter on each
// Bodies never travel in messages: the main thread does not hold them (body-store.ts).

import type { RecordedBody } from '../incremental/convert-recorded.js';

/** Where a worker notes when it starts a task (ms since `epoch`), so the time limit counts running time only. */
export interface TaskClock {
  buffer: SharedArrayBuffer;
  slot: number;
  epoch: number;
}

export interface HeadingsTask {
  kind: 'headings';
  /** The body store file, and each body's [offset, length] in it. */
  bodies: string;
  spans: [number, number][];
  /** Raw HTML allowed (`rawHtml: unsafe`): {ANAME} anchors are kept as written. */
  anamesWritten: boolean;
}

/** Per source: Tiki heading id → Hugo heading id pairs, in map order. */
export type HeadingsResult = Array<[string, string][] | null>;

export interface ConvertTask {
  kind: 'convert';
  /** File written by writeRunContext, read once per worker. */
  context: string;
  pageIds: number[];
}

/** One result per page id, in order. */
export type ConvertResult = RecordedBody[];

export type PageTask = HeadingsTask | ConvertTask;

/** What the pool hands a worker: the task and its clock slot. */
export interface TimedTask {
  task: PageTask;
  clock: TaskClock;
}

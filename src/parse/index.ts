// Tiki markup → Tiki tree. The entry point of the parse stage.

import { parseBlocks } from './block.js';
import type { ParseNote } from './parse-notes.js';
import { Scanner } from './spans.js';
import type { TikiBlock, TikiRoot } from './tiki-tree.js';

export interface ParseResult {
  tree: TikiRoot;
  notes: ParseNote[];
  /** Parses a plugin body (or any range of the same source) as blocks, with absolute offsets. */
  parseRange(from: number, to: number): TikiBlock[];
}

export interface ParseOptions {
  /**
   * Parse the inline content of headings only (the heading pass, which needs heading texts):
   * every other block keeps its kind and extent, with no inline children. Blocks are found by
   * the same line pass either way, so the headings are the same ones.
   */
  headingsOnly?: boolean;
}

export function parseTiki(source: string, options: ParseOptions = {}): ParseResult {
  const scanner = new Scanner(source);
  scanner.headingsOnly = options.headingsOnly ?? false;
  const notes: ParseNote[] = [];
  const children = parseBlocks(scanner, 0, source.length, notes);
  return {
    tree: { type: 'root', children, start: 0, end: source.length },
    notes,
    parseRange: (from, to) => parseBlocks(scanner, from, to, notes),
  };
}

export type * from './tiki-tree.js';

/** A ParseResult that parses only the ranges asked for (HTML and markdown pages embed plugins). */
export function rangeParser(source: string): ParseResult {
  const scanner = new Scanner(source);
  const notes: ParseNote[] = [];
  return {
    tree: { type: 'root', children: [], start: 0, end: source.length },
    notes,
    parseRange: (from, to) => parseBlocks(scanner, from, to, notes),
  };
}

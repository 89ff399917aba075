// Fidelity: the share of the words a Tiki reader saw that appear, in the same order, in the
// converted page. Words are matched greedily in order, looking ahead a bounded window in the
// output (so a lost word costs one miss, not the rest of the page); extra output words (an
// expanded {include}, an attribution line) do not lower it.

import type { Root } from 'mdast';
import { markdownTreeVisibleText, markdownVisibleText, tikiVisibleText, words } from './visible-text.js';

export interface Fidelity {
  matched: number;
  total: number;
  /** matched / total, 1 for a page without words. */
  ratio: number;
  /** The first few source words that were not found, for a reviewer. */
  missing: string[];
}

const WINDOW = 200;

export function fidelityOf(tikiSource: string, markdown: string): Fidelity {
  return compareWords(words(tikiVisibleText(tikiSource)), words(markdownVisibleText(markdown)));
}

/** fidelityOf over a markdown tree already parsed (remark-parse + GFM) and not yet changed. */
export function fidelityOfTree(tikiSource: string, markdown: Root): Fidelity {
  return compareWords(words(tikiVisibleText(tikiSource)), words(markdownTreeVisibleText(markdown)));
}

export function compareWords(source: string[], output: string[]): Fidelity {
  let matched = 0;
  let at = 0;
  const missing: string[] = [];
  for (const word of source) {
    const limit = Math.min(output.length, at + WINDOW);
    let found = -1;
    for (let i = at; i < limit; i++) {
      if (output[i] === word) {
        found = i;
        break;
      }
    }
    if (found === -1) {
      if (missing.length < 10) missing.push(word);
      continue;
    }
    matched++;
    at = found + 1;
  }
  return { matched, total: source.length, ratio: source.length ? matched / source.length : 1, missing };
}

// Serializing a long phrasing container piece by piece, with the output of serializeSimple
// (fast-attention.ts) on all its items at once.
//
// serializeSimple on a page-long paragraph (hundreds of thousands of items) builds a token for
// every item and every sequence before it pairs anything, so all of them outlive the young
// generation of the garbage collector. This cuts the items between two strings that follow each
// other and serializes each piece alone, as the items arrive, which gives the same text:
//
//   guess    an attention's choice depends on the items beside it (and on `before` / `after` only
//            for the first / last item, and on the list having one item): the pieces keep every
//            attention's neighbours, and a piece holding attention holds two items or more;
//   render   without references (serializeSimple gives up on those) each item renders alone,
//            an attention looking at the characters of the items beside it;
//   pairing  runs of sequences never span a cut (strings on both sides of it); serializeSimple
//            succeeds on a piece only when every sequence in it forms its own pair, which leaves
//            no opener waiting, so the next piece pairs from nothing, as the whole list would;
//            and when a piece fails, so would the whole (no later closer can form the pair of an
//            attention whose two sequences are both in that piece).
//
// So the whole succeeds exactly when every piece does, and is then their concatenation.

import { firstCharacter } from './character-kind.js';
import { serializeSimple, type Item } from './fast-attention.js';

/** Where phrasing items go as they are written (fast-phrasing.ts `collect`). */
export interface ItemSink {
  /** Adds an item; false when the container cannot be serialized this way. */
  add(item: Item): boolean;
  /** Whether the last item added is a string. */
  endsWithString(): boolean;
}

/**
 * A plain list of items (phrasing inside attention, serialized with its parent), null while
 * empty. Made with its first item: an array grown by push from empty reserves 17 slots, and
 * attention mostly holds one item.
 */
export class ItemList implements ItemSink {
  items: Item[] | null = null;
  add(item: Item): boolean {
    if (this.items) this.items.push(item);
    else this.items = [item];
    return true;
  }
  endsWithString(): boolean {
    return this.items !== null && typeof this.items[this.items.length - 1] === 'string';
  }
}

/** The top-level items of a container, serialized a piece at a time. */
export class ChunkedPhrasing implements ItemSink {
  private written = new Written();
  /** The items of the piece not yet serialized: the first `count` (the array is reused). */
  private pending: Item[] = [];
  private count = 0;
  private attention = false;
  /** What precedes the pending piece: the container's `before`, then the string before the cut. */
  private before: string;

  constructor(before: string) {
    this.before = before;
  }

  add(item: Item): boolean {
    const last = this.count ? this.pending[this.count - 1] : undefined;
    if (typeof item === 'string' && typeof last === 'string') {
      // A cut between the last string and this one.
      if (this.attention) {
        const value = serializeSimple(this.pending, this.before, firstCharacter(item), this.count);
        if (value === undefined) return false;
        this.written.add(value);
      } else {
        this.written.add(last); // without attention a piece is one string
      }
      this.before = last;
      this.count = 0;
      this.attention = false;
    }
    if (typeof item !== 'string') this.attention = true;
    this.pending[this.count++] = item;
    return true;
  }

  endsWithString(): boolean {
    return this.count > 0 && typeof this.pending[this.count - 1] === 'string';
  }

  /** The serialized container, or undefined when some piece needs the stock marker search. */
  finish(after: string): string | undefined {
    const value = this.attention ? serializeSimple(this.pending, this.before, after, this.count) : this.count ? (this.pending[0] as string) : '';
    this.pending = [];
    if (value === undefined) return undefined;
    this.written.add(value);
    return this.written.text();
  }
}

/**
 * The text written so far, joined into one flat string every few thousand pieces. A string grown
 * by `+=` keeps every piece it was made of (and the pieces of each link) alive until it is used:
 * over a page-long paragraph, hundreds of thousands of small strings that the garbage collector
 * would copy out of the young generation at every collection. Joined in batches, they die young.
 */
class Written {
  private batch: string[] = [];
  private size = 0;
  private joined: string[] = [];

  add(text: string): void {
    this.batch[this.size++] = text;
    if (this.size === batchSize) {
      this.joined.push(this.batch.join(''));
      this.size = 0;
    }
  }

  text(): string {
    this.batch.length = this.size;
    const rest = this.batch.join('');
    if (this.joined.length === 0) return rest;
    this.joined.push(rest);
    return this.joined.join('');
  }
}

const batchSize = 4096;

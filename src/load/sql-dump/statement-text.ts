// Scans the text of one SQL statement after its first word, byte by byte, up to its delimiter
// (`;`, or what a DELIMITER line set). The delimiter only counts outside 'strings', "strings",
// `names`, /* comments */, -- comments and # comments. Comments become one space (or a line
// break) in the kept text. For INSERT and REPLACE it also stops at the keyword VALUES (or VALUE),
// where the rows start. Statement texts are kept only when the caller parses them.

import { ByteBuilder } from './byte-builder.js';
import { BACKSLASH, BACKTICK, DASH, DQUOTE, HASH, NL, QUOTE, SLASH, STAR, isWordByte } from './bytes.js';

/** What a byte did: consumed it, ended the statement, or (not consumed) reached VALUES. */
export const Consumed = 0, Again = 1, Ended = 2, ValuesReached = 3;
export type TextStep = typeof Consumed | typeof Again | typeof Ended | typeof ValuesReached;

const Plain = 0, Quoted = 1, Escape = 2, SlashSeen = 3, BlockComment = 4, DashSeen = 5, LineComment = 6;

export interface StatementSettings {
  /** Keep the text (for statements the caller parses). */
  keep: boolean;
  /** Stop at the VALUES keyword (INSERT, REPLACE). */
  watchValues: boolean;
  delimiter: Uint8Array;
  backslashEscapes: boolean;
}

export class StatementText {
  /** The statement text kept so far (starting with its first word, pushed by the caller). */
  readonly text = new ByteBuilder();
  private state = Plain;
  private settings!: StatementSettings;
  /** The quote character of the quoted part being scanned. */
  quote = 0;
  private prevStar = false;
  private delimiterMatched = 0;
  private word = '';
  /** Where the last word read outside quotes starts in `text` (the VALUES keyword, once reached). */
  wordStart = 0;

  begin(settings: StatementSettings): void {
    this.settings = settings;
    this.state = Plain;
    this.delimiterMatched = 0;
    this.word = '';
  }

  /** True when the input stopped inside a quoted string or name. */
  get inQuotes(): boolean {
    return this.state === Quoted || this.state === Escape;
  }

  step(b: number): TextStep {
    switch (this.state) {
      case Plain:
        return this.plain(b);
      case Quoted:
        this.keep(b);
        if (b === BACKSLASH && this.quote !== BACKTICK && this.settings.backslashEscapes) this.state = Escape;
        else if (b === this.quote) this.state = Plain; // a doubled quote reopens at once
        return Consumed;
      case Escape:
        this.keep(b);
        this.state = Quoted;
        return Consumed;
      case SlashSeen:
        this.state = Plain;
        if (b === STAR) {
          this.state = BlockComment;
          this.prevStar = false;
          return Consumed;
        }
        this.keep(SLASH);
        return Again;
      case BlockComment:
        if (this.prevStar && b === SLASH) {
          this.keep(0x20);
          this.state = Plain;
        }
        this.prevStar = b === STAR;
        return Consumed;
      case DashSeen:
        this.state = Plain;
        if (b === DASH) {
          this.state = LineComment;
          return Consumed;
        }
        this.keep(DASH);
        return Again;
      case LineComment:
        if (b === NL) {
          this.keep(NL);
          this.state = Plain;
        }
        return Consumed;
    }
    return Consumed;
  }

  private plain(b: number): TextStep {
    const delimiter = this.settings.delimiter;
    if (b === delimiter[this.delimiterMatched]) {
      return ++this.delimiterMatched === delimiter.length ? Ended : Consumed;
    }
    if (this.delimiterMatched > 0) {
      // A partial delimiter match was ordinary text after all.
      for (let k = 0; k < this.delimiterMatched; k++) this.keep(delimiter[k]);
      this.delimiterMatched = 0;
      return Again;
    }
    if (this.settings.watchValues) {
      if (isWordByte(b)) {
        if (this.word === '') this.wordStart = this.text.length;
        this.word += String.fromCharCode(b).toUpperCase();
      } else {
        const word = this.word;
        this.word = '';
        if (word === 'VALUES' || word === 'VALUE') return ValuesReached;
      }
    }
    if (b === SLASH) this.state = SlashSeen;
    else if (b === DASH) this.state = DashSeen;
    else if (b === HASH) this.state = LineComment;
    else {
      if (b === QUOTE || b === DQUOTE || b === BACKTICK) {
        this.quote = b;
        this.state = Quoted;
      }
      this.keep(b);
    }
    return Consumed;
  }

  private keep(b: number): void {
    if (this.settings.keep) this.text.push(b);
  }
}

// The state of one page's conversion: its source, options, link targets and the findings
// raised so far. Nothing here is shared between pages.

import type { FootnoteDefinition } from 'mdast';
import type { ParseResult } from '../parse/index.js';
import { LineIndex } from '../parse/source-position.js';
import type { PageFinding, Severity } from '../report/finding.js';
import type { LinkLookup, LinkTargets } from './link-targets.js';
import type { PageResources } from './page-resources.js';
import type { PluginPolicy } from './plugins/registry.js';

export type RawHtmlPolicy = 'safe' | 'unsafe';

export interface NormalizeOptions {
  /** Added to every heading level (clamped to 1..6). */
  headingOffset: number;
  /** `safe` (default): never emit raw HTML; `unsafe`: allow `<u>`, `<sup>`, `<br>` … fallbacks. */
  rawHtml?: RawHtmlPolicy;
  /** Per-plugin policy overrides from the config (`plugins.<name>`). */
  plugins?: Readonly<Record<string, PluginPolicy>>;
  /** Other pages, files and facts about this page that some plugins need. */
  resources?: PageResources;
}

/** A line of the source: its 1-based number, its offsets (`end` at its newline) and its report excerpt. */
interface SourceLine {
  number: number;
  start: number;
  end: number;
  excerpt: string;
}

export class NormalizeContext {
  readonly lines: LineIndex;
  readonly findings: PageFinding[] = [];
  /** Tiki heading id → Hugo heading id on this page (for `[#id|…]` and `((ThisPage|#id))`). */
  ownAnchors: ReadonlyMap<string, string> = new Map();
  /** Names of pages being included, outermost first (recursion guard for {include}). */
  includeStack: string[] = [];
  /** How many plugin bodies deep the conversion is (guard against runaway nesting). */
  depth = 0;
  private readonly reportedOnce = new Set<string>();
  /** Link answers by page name: a page often links one target many times. */
  private readonly resolved = new Map<string, LinkLookup>();

  constructor(
    readonly source: string,
    readonly parsed: ParseResult,
    readonly links: LinkTargets,
    readonly options: NormalizeOptions,
    /** GFM footnote definitions collected from {FOOTNOTE} calls, written at the end of the page. */
    readonly footnotes: FootnoteDefinition[] = [],
  ) {
    this.lines = new LineIndex(source);
  }

  report(ruleId: string, severity: Severity, offset: number | null, message: string): void {
    if (offset === null) {
      this.findings.push({ ruleId, severity, line: null, column: null, message });
      return;
    }
    const line = this.lineOf(offset);
    this.findings.push({ ruleId, severity, line: line.number, column: offset - line.start + 1, message, excerpt: line.excerpt });
  }

  /**
   * The source line holding `offset`. The last one is kept: findings come in source order, and
   * a long line can have a hundred thousand (each used to search the line index twice).
   */
  private lineOf(offset: number): SourceLine {
    const last = this.lastLine;
    if (offset >= last.start && offset <= last.end) return last;
    const { line, column } = this.lines.point(offset);
    const start = offset - column + 1;
    const newline = this.source.indexOf('\n', start);
    const end = newline === -1 ? this.source.length : newline;
    return (this.lastLine = { number: line, start, end, excerpt: this.lines.lineText(offset, 160) });
  }

  private lastLine: SourceLine = { number: 0, start: 0, end: -1, excerpt: '' };

  /** `links.resolve`, asked once per name and page. */
  resolveLink(name: string): LinkLookup {
    let found = this.resolved.get(name);
    if (!found) this.resolved.set(name, (found = this.links.resolve(name)));
    return found;
  }

  /** Reports once per key (e.g. once per unknown plugin name per page). */
  reportOnce(key: string, ruleId: string, severity: Severity, offset: number | null, message: string): void {
    if (this.reportedOnce.has(key)) return;
    this.reportedOnce.add(key);
    this.report(ruleId, severity, offset, message);
  }

  get rawHtml(): RawHtmlPolicy {
    return this.options.rawHtml ?? 'safe';
  }

  sourceOf(node: { start: number; end: number }): string {
    return this.source.slice(node.start, node.end);
  }
}

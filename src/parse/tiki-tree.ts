// The Tiki tree: what Tiki meant, before any markdown decision. Every node but text carries
// `start`/`end` offsets into the page source (0-based, end exclusive); line and column are derived
// only when a finding needs them (see source-position.ts), which keeps parsing cheap.

export interface Span {
  start: number;
  end: number;
}

// ---- inline nodes -------------------------------------------------------------------------

/** Plain text. No offsets: nothing reads them (findings point at constructs), and a long page has a million. */
export interface TikiText { type: 'text'; value: string }
/** `__x__` */
export interface TikiStrong extends Span { type: 'strong'; children: TikiInline[] }
/** `''x''` */
export interface TikiEmphasis extends Span { type: 'emphasis'; children: TikiInline[] }
/** `===x===` */
export interface TikiUnderline extends Span { type: 'underline'; children: TikiInline[] }
/** `--x--` */
export interface TikiStrike extends Span { type: 'strike'; children: TikiInline[] }
/** `-+x+-` */
export interface TikiMonospace extends Span { type: 'monospace'; children: TikiInline[] }
/** `~~fg,bg:x~~` */
export interface TikiColor extends Span { type: 'color'; fg: string; bg: string; children: TikiInline[] }
/** `^x^` inside a line (Tiki drew a box); kept as its text. */
export interface TikiBoxInline extends Span { type: 'boxInline'; children: TikiInline[] }
/** `::x::` centred text. */
export interface TikiCenter extends Span { type: 'center'; children: TikiInline[] }
/** `-=x=-` title bar. */
export interface TikiTitleBar extends Span { type: 'titleBar'; children: TikiInline[] }
/** `==x==`: Tiki 24 removes the delimiters. */
export interface TikiUnwrapEq extends Span { type: 'unwrapEq'; children: TikiInline[] }
/** `%name%`: a dynamic variable whose value lived in the database. */
export interface TikiDynVar extends Span { type: 'dynVar'; name: string }
/** `(:smile:)`, `:-)`: a smiley Tiki drew as an image. */
export interface TikiSmiley extends Span { type: 'smiley'; name: string; value: string }
/** A newline inside a paragraph, or `%%%`. */
export interface TikiBreak extends Span { type: 'break'; kind: 'newline' | 'percent' }
/** `((Page))`, `((Page|label))`, `((Page|#anchor|label))`, `(alias(Page))` */
export interface TikiWikiLink extends Span {
  type: 'wikiLink';
  page: string;
  anchor: string | null;
  label: TikiInline[] | null;
  /** Semantic qualifier such as `alias` in `(alias(Page))`; null for plain links. */
  qualifier: string | null;
}
/** `[url]`, `[url|label]`, `[url|label|nocache]` */
export interface TikiExternalLink extends Span {
  type: 'externalLink';
  url: string;
  label: TikiInline[] | null;
  /** Third segment (`nocache`, `box`, a rel value), dropped on output. */
  extra: string | null;
}
/** A bare `http://…` or `www.…` that Tiki autolinked. */
export interface TikiAutolink extends Span { type: 'autolink'; url: string }
/** `[text]` that does not look like a link target (rule 18), `[[x]` escapes. Kept as literal text. */
export interface TikiLiteralBracket extends Span { type: 'literalBracket'; value: string; reason: 'escape' | 'not-a-url' }
/** `~np~x~/np~`: literal text, never re-parsed. */
export interface TikiNoParse extends Span { type: 'noParse'; value: string }
/** `~hc~x~/hc~`: an HTML comment. */
export interface TikiHtmlComment extends Span { type: 'htmlComment'; value: string }
/** `~tc~x~/tc~`: a Tiki comment, never rendered by Tiki. */
export interface TikiComment extends Span { type: 'comment'; value: string }

export type TikiInline =
  | TikiText
  | TikiStrong
  | TikiEmphasis
  | TikiUnderline
  | TikiStrike
  | TikiMonospace
  | TikiColor
  | TikiBreak
  | TikiWikiLink
  | TikiExternalLink
  | TikiAutolink
  | TikiLiteralBracket
  | TikiNoParse
  | TikiHtmlComment
  | TikiComment
  | TikiBoxInline
  | TikiCenter
  | TikiTitleBar
  | TikiUnwrapEq
  | TikiDynVar
  | TikiSmiley
  | TikiPlugin;

// ---- plugins ------------------------------------------------------------------------------

/** `{NAME(args)}body{NAME}`, `{NAME(args)/}`, `{name args}` */
export interface TikiPlugin extends Span {
  type: 'plugin';
  /** Name as written. */
  name: string;
  /** Lower-cased name used for lookup. */
  key: string;
  params: Record<string, string>;
  /** The argument text as written (for markers and reports). */
  rawParams: string;
  /** Raw body text, or null for the short and self-closing forms. */
  body: string | null;
  /** Offset of the body in the page source. */
  bodyStart: number;
  /** True when the call stands alone on its line(s) and was parsed as a block. */
  block: boolean;
}

// ---- block nodes --------------------------------------------------------------------------

/** `!text` … `!!!!!!text`, with the `+`/`-` (collapsible) and `#` (numbered) flags. */
export interface TikiHeading extends Span {
  type: 'heading';
  depth: number;
  collapsible: 'open' | 'closed' | null;
  numbered: boolean;
  children: TikiInline[];
}
export interface TikiParagraph extends Span { type: 'paragraph'; children: TikiInline[] }
/** `---`; Tiki drops text after the dashes, we keep it (rule 28). */
export interface TikiRule extends Span { type: 'rule'; trailing: TikiInline[] }
export interface TikiList extends Span { type: 'list'; ordered: boolean; children: TikiListItem[] }
export interface TikiListItem extends Span { type: 'listItem'; children: TikiInline[]; sublists: TikiList[] }
/** Consecutive `;term:definition` lines. */
export interface TikiDefinitionList extends Span { type: 'definitionList'; children: TikiDefinitionItem[] }
export interface TikiDefinitionItem extends Span { type: 'definitionItem'; term: TikiInline[]; definition: TikiInline[] }
/** `||a|b⏎c|d||` */
export interface TikiTable extends Span { type: 'table'; rows: TikiTableRow[] }
export interface TikiTableRow extends Span { type: 'tableRow'; cells: TikiTableCell[] }
export interface TikiTableCell extends Span { type: 'tableCell'; children: TikiInline[] }
/** `~pp~…~/pp~` (verbatim) and `~pre~…~/pre~` (Tiki still parsed markup inside). */
export interface TikiPreformatted extends Span { type: 'preformatted'; value: string; parsed: boolean; contentStart: number }
/** `^…^` standing alone on its line(s): a box around blocks. */
export interface TikiBox extends Span { type: 'box'; children: TikiBlock[] }

export type TikiBlock =
  | TikiHeading
  | TikiParagraph
  | TikiRule
  | TikiList
  | TikiDefinitionList
  | TikiTable
  | TikiPreformatted
  | TikiBox
  | TikiPlugin
  | TikiHtmlComment
  | TikiComment;

export interface TikiRoot extends Span { type: 'root'; children: TikiBlock[] }

export type TikiNode = TikiRoot | TikiBlock | TikiInline | TikiListItem | TikiDefinitionItem | TikiTableRow | TikiTableCell;

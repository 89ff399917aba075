// Page bodies in Tiki markup, one page at a time, from the page's own random stream: an optional
// {maketoc}, an introduction, then one section per heading (headingsOf), each filled with a mix of
// the common block constructs and plugins until the page reaches its target size. Inline text
// carries bold, italic, underline, strike, monospace, colour, special characters, line breaks,
// footnotes, bare and bracketed URLs and wiki links along a Zipf popularity graph: plain, labelled,
// anchored (to real headings of the target, a few to missing ones), case-folded and broken.

import { Random } from './random.js';
import { headingsOf, tikiAnchor, type Site, type SitePage } from './site.js';
import { domains, dynamicPlugins, languages, prose, remarkTypes, topics } from './vocab.js';

export function pageBody(site: Site, page: SitePage): string {
  const g = new BodyGen(site, page);
  return page.isHtml ? g.html() : g.wiki();
}

class BodyGen {
  private readonly rng: Random;
  private readonly out: string[] = [];
  private length = 0;

  constructor(
    private readonly site: Site,
    private readonly page: SitePage,
  ) {
    this.rng = new Random(site.seed, `body/${page.id}`);
  }

  wiki(): string {
    const { rng, page } = this;
    if (rng.chance(0.15)) this.push('{maketoc}\n');
    const headings = headingsOf(this.site.seed, page);
    const share = page.size / (headings.length + 1);
    this.fill(share);
    headings.forEach((text, i) => {
      const level = i === 0 ? 2 : rng.weighted([[1, 1], [2, 6], [3, 4], [4, 1]] as const);
      const flag = rng.weighted([['', 30], ['+', 1], ['-', 1], ['#', 1]] as const);
      this.push(`\n${'!'.repeat(level)}${flag}${text}\n`);
      this.fill(share * (i + 2));
    });
    return this.out.join('').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
  }

  html(): string {
    while (this.length < this.page.size) {
      this.push(`<h2>${this.words(3)}</h2>\n<p>${this.sentence()} <b>${this.words(2)}</b> <a href="tiki-index.php?page=${encodeURIComponent(this.target().name)}">${this.words(2)}</a></p>\n`);
      if (this.rng.chance(0.3)) this.push(`<ul><li>${this.words(4)}</li><li>${this.words(5)}</li></ul>\n`);
    }
    return this.out.join('');
  }

  private push(text: string): void {
    this.out.push(text);
    this.length += text.length;
  }

  /** Blocks until the body is `upTo` characters long (at least one block). */
  private fill(upTo: number): void {
    do this.block();
    while (this.length < upTo);
  }

  private block(): void {
    const kind = this.rng.weighted(blockWeights);
    this.push(`\n${blocks[kind](this)}\n`);
  }

  // ---- inline ----------------------------------------------------------------------------------

  words(count: number): string {
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(this.rng.pick(prose));
    return parts.join(' ');
  }

  sentence(): string {
    const { rng } = this;
    const parts: string[] = [];
    for (let i = rng.int(6, 22); i > 0; i--) {
      const r = rng.next();
      if (r < 0.035) parts.push(this.wikiLink());
      else if (r < 0.05) parts.push(`__${this.words(rng.int(1, 3))}__`);
      else if (r < 0.062) parts.push(`''${this.words(rng.int(1, 4))}''`);
      else if (r < 0.068) parts.push(this.externalLink());
      else if (r < 0.071) parts.push(`-+${rng.pick(['25(OH)D', 'IU/day', 'ng/mL', 'nmol/L', 'x = y * 2'])}+-`);
      else if (r < 0.073) parts.push(`===${this.words(2)}===`);
      else if (r < 0.075) parts.push(`--${this.words(2)}--`);
      else if (r < 0.077) parts.push(`~~${rng.pick(['red', '#f00', 'blue', 'green,yellow'])}:${this.words(2)}~~`);
      else if (r < 0.08) parts.push(rng.pick(['~hs~', '~amp~', '~lt~', '~gt~', '~c~', '~--~', '~124~', ' -- ', '&amp;', '&nbsp;', ':-)', '(:smile:)']));
      else if (r < 0.083) parts.push(`${rng.int(1, 100)}%`);
      else if (r < 0.086) parts.push(`${rng.int(400, 50000)} IU`);
      else if (r < 0.0875) parts.push(`{FOOTNOTE()}${this.words(6)}{FOOTNOTE}`);
      else if (r < 0.089) parts.push(`https://${rng.pick(domains)}/${rng.int(1000, 99999999)}`);
      else if (r < 0.0895) parts.push(rng.pick(['[sic]', '[see below]', '[[literal]', 'x^2^', 'std::vector::size', '__init__', '{$smarty}', '{{user}}']));
      else parts.push(rng.pick(prose));
    }
    const text = parts.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + rng.pick(['.', '.', '.', '.', '!', '?', ':', '.%%%']);
  }

  paragraph(): string {
    const lines: string[] = [];
    for (let i = this.rng.int(1, 6); i > 0; i--) lines.push(this.sentence());
    // Tiki authors often break lines inside a paragraph.
    return this.rng.chance(0.4) ? lines.join('\n') : lines.join(' ');
  }

  target(): SitePage {
    const { rng, site, page } = this;
    const n = site.pages.length;
    if (rng.chance(0.2)) return site.pages[Math.max(0, Math.min(n - 1, page.index + rng.int(-5, 5)))];
    return site.pages[site.byRank[rng.zipf(n)]];
  }

  wikiLink(): string {
    const { rng } = this;
    const target = this.target();
    const r = rng.next();
    if (r < 0.04) return `((${target.name} ${rng.pick(['draft', 'old', '(archived)', 'part 2'])}))`;
    if (r < 0.07) return `((${rng.chance(0.5) ? target.name.toLowerCase() : ` ${target.name.replace(/ /g, '  ')} `}))`;
    if (r < 0.11) {
      const headings = headingsOf(this.site.seed, target);
      const anchor = headings.length && rng.chance(0.9) ? tikiAnchor(rng.pick(headings)) : 'No_such_section';
      return rng.chance(0.5) ? `((${target.name}|#${anchor}|${this.words(2)}))` : `((${target.name}|#${anchor}))`;
    }
    if (r < 0.26) return `((${target.name}|${this.words(rng.int(1, 4))}))`;
    if (r < 0.262) return `(alias(${target.name} ${rng.pick(['old', 'former'])}))`;
    if (r < 0.27) return `[#${tikiAnchor(rng.pick(['Overview', 'Summary', 'References']))}|${this.words(2)}]`;
    return `((${target.name}))`;
  }

  externalLink(): string {
    const { rng } = this;
    const url = `https://${rng.pick(domains)}/${rng.pick(['pubmed', 'article', 'watch?v=', 'wiki/'])}${rng.int(100000, 99999999)}`;
    return rng.weighted([
      [`[${url}|${this.words(rng.int(1, 5))}]`, 6],
      [`[${url}]`, 2],
      [`[${url}|${this.words(2)}|nocache]`, 1],
      [`[mailto:info@example.org|e-mail us]`, 0.5],
    ] as const);
  }

  attachmentRef(): string {
    const att = this.rng.pick(this.page.attachments);
    if (att.filetype.startsWith('image/')) return `{img attId=${att.attId} width=${this.rng.int(100, 800)} alt="${this.words(3)}"}`;
    return `{file name="${att.filename}" desc="${this.words(3)}"}`;
  }

  get r(): Random {
    return this.rng;
  }

  get hasAttachments(): boolean {
    return this.page.attachments.length > 0;
  }
}

type Block = (g: BodyGen) => string;

const blocks: Record<string, Block> = {
  paragraph: (g) => g.paragraph(),
  bullets: (g) => list(g, '*'),
  numbered: (g) => list(g, '#'),
  table: (g) => {
    const cols = g.r.int(2, 5);
    const rows: string[] = [];
    for (let i = g.r.int(2, 12); i > 0; i--) rows.push(Array.from({ length: cols }, () => (g.r.chance(0.1) ? g.wikiLink() : g.words(g.r.int(1, 4)))).join('|'));
    return `||${rows.join('\n')}||`;
  },
  fancytable: (g) => {
    const rows = Array.from({ length: g.r.int(2, 8) }, () => `${g.words(2)}|${g.r.int(1, 999)}|${g.words(3)}`);
    return `{FANCYTABLE(head="Study|n|Result" sortable="y")}\n${rows.join('\n')}\n{FANCYTABLE}`;
  },
  code: (g) => {
    const lines = Array.from({ length: g.r.int(2, 25) }, (_, i) => `${'  '.repeat(i % 3)}${g.words(g.r.int(2, 6)).replace(/ /g, '_')}(${i}); // ${g.words(2)} '' __x__`);
    return `{CODE(colors="${g.r.pick(languages)}"${g.r.chance(0.3) ? ' ln=1' : ''}${g.r.chance(0.2) ? ` caption="${g.words(2)}"` : ''})}\n${lines.join('\n')}\n{CODE}`;
  },
  image: (g) => {
    if (g.r.chance(0.4) && g.hasAttachments) return g.attachmentRef();
    const src = g.r.chance(0.5) ? `https://${g.r.pick(domains)}/img/${g.r.int(1, 9999)}.png` : `img/wiki_up/chart${g.r.int(1, 500)}.jpg`;
    return `{img src="${src}" alt="${g.words(3)}"${g.r.chance(0.4) ? ` width=${g.r.int(100, 800)}` : ''}${g.r.chance(0.3) ? ` imalign="${g.r.pick(['left', 'right', 'center'])}"` : ''}${g.r.chance(0.2) ? ` desc="${g.words(4)}"` : ''}}`;
  },
  fileRef: (g) => `{img fileId="${g.r.int(1, 3000)}" thumb="y" rel="box[g]"} ${g.sentence()}`,
  box: (g) => {
    const name = g.r.pick(['DIV', 'BOX', 'REMARKSBOX', 'QUOTE', 'CENTER', 'MONO']);
    const args = name === 'REMARKSBOX' ? `type="${g.r.pick(remarkTypes)}" title="${g.words(2)}"` : name === 'BOX' ? `title="${g.words(2)}" bg="#eee"` : name === 'DIV' ? `class="${g.r.pick(['note', 'clearfix', 'col-md-6'])}"` : '';
    return `{${name}(${args})}${g.paragraph()}{${name}}`;
  },
  definitions: (g) => Array.from({ length: g.r.int(1, 5) }, () => `;${g.words(g.r.int(1, 2))}:${g.sentence()}`).join('\n'),
  rule: () => '---',
  noparse: (g) => (g.r.chance(0.5) ? `~np~${g.words(4)} __not bold__ ((not a link))~/np~` : `~pp~\n${g.words(5)}\n  ${g.words(3)} ''kept''\n~/pp~`),
  comment: (g) => (g.r.chance(0.6) ? `~tc~ ${g.words(5)} ~/tc~` : `~hc~ ${g.words(5)} ~/hc~`),
  centered: (g) => `::${g.words(g.r.int(2, 6))}::`,
  caret: (g) => `^${g.sentence()}^`,
  split: (g) => `{SPLIT()}${g.paragraph()}\n---\n${g.paragraph()}{SPLIT}`,
  tabs: (g) => `{TABS(tabs="${g.words(1)}|${g.words(1)}")}${g.paragraph()}/////${g.paragraph()}{TABS}`,
  include: (g) => `{include page="${g.target().name}"}`,
  youtube: (g) => `{youtube movie="https://www.youtube.com/watch?v=${g.r.int(100000, 999999)}abc"}`,
  dynamic: (g) => g.r.pick(dynamicPlugins),
  unknown: (g) => `{FOOBAR(x=1)}${g.words(4)}{FOOBAR}`,
  htmlPlugin: (g) => `{HTML()}<p>${g.words(5)} <b>${g.words(2)}</b></p>{HTML}`,
  aname: (g) => `{ANAME()}${g.words(1)}${g.r.int(1, 99)}{ANAME}`,
  leadingSpace: (g) => ` ${g.sentence()}\n ${g.sentence()}`,
  topicLine: (g) => `See also: ${Array.from({ length: g.r.int(2, 6) }, () => g.wikiLink()).join(', ')} and ${g.r.pick(topics)}.`,
};

const blockWeights: readonly (readonly [string, number])[] = [
  ['paragraph', 40],
  ['bullets', 9],
  ['numbered', 4],
  ['table', 4],
  ['fancytable', 1],
  ['code', 3],
  ['image', 3],
  ['fileRef', 0.5],
  ['box', 4],
  ['definitions', 1.2],
  ['rule', 1],
  ['noparse', 1.2],
  ['comment', 0.8],
  ['centered', 0.5],
  ['caret', 0.3],
  ['split', 0.4],
  ['tabs', 0.3],
  ['include', 0.4],
  ['youtube', 0.4],
  ['dynamic', 0.8],
  ['unknown', 0.2],
  ['htmlPlugin', 0.3],
  ['aname', 0.3],
  ['leadingSpace', 0.5],
  ['topicLine', 3],
];

function list(g: BodyGen, marker: '*' | '#'): string {
  const lines: string[] = [];
  let depth = 1;
  for (let i = g.r.int(2, 10); i > 0; i--) {
    depth = Math.max(1, Math.min(4, depth + g.r.weighted([[-1, 2], [0, 5], [1, 2]] as const)));
    const m = g.r.chance(0.1) ? (marker === '*' ? '#' : '*') : marker;
    lines.push(`${m.repeat(depth)}${g.r.chance(0.8) ? ' ' : ''}${g.r.chance(0.2) ? g.wikiLink() + ' ' : ''}${g.sentence()}`);
    if (g.r.chance(0.05)) lines.push(`${'+'.repeat(depth)}${g.words(4)}`);
  }
  return lines.join('\n');
}

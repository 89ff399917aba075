// The review site's renderers without a browser: Hugo-like preview (GFM tables, footnotes,
// definition lists, heading ids, links to other review pages), hostile text always escaped,
// unsafe URLs dropped, findings highlighted at their source line, front matter split.

import { describe, expect, it } from 'vitest';
import { renderPreview, safeUrl } from '../../src/report/review/markdown-html.js';
import { pageHtml } from '../../src/report/review/page-html.js';
import { frontMatterFields, splitPage } from '../../src/report/review/page-parts.js';

const context = { section: 'pages', pageHref: (slug: string) => (slug === 'known' ? 'known.html' : null) };

describe('preview', () => {
  it('renders GFM tables, footnotes and definition lists', () => {
    const out = renderPreview('| a | b |\n| - | - |\n| 1 | 2 |\n\nText[^1].\n\n[^1]: Note.\n\nTerm\n: Definition\n: Second\n', context);
    expect(out).toContain('<table>');
    expect(out).toContain('<td>2</td>');
    expect(out).toMatch(/<section[^>]*class="footnotes"/);
    expect(out).toContain('<dl><dt>Term</dt><dd>Definition</dd><dd>Second</dd></dl>');
  });

  it('leaves ordinary paragraphs and escaped colons alone', () => {
    expect(renderPreview('Line one\nline two\n', context)).toBe('<p>Line one\nline two</p>');
    expect(renderPreview(';http\\://x:not a dl\n', context)).not.toContain('<dl>');
  });

  it('links converted pages to their review pages, keeps anchors, adds heading ids', () => {
    const out = renderPreview('## Why the dose\n\n[a](/pages/known/#why-the-dose) [b](/pages/unknown/) [c](https://x.org)\n', context);
    expect(out).toContain('<h2 id="why-the-dose">');
    expect(out).toContain('href="known.html#why-the-dose"');
    expect(out).toContain('href="/pages/unknown/"');
    expect(out).toContain('rel="noopener noreferrer"');
  });

  it('never passes raw HTML or unsafe URLs through', () => {
    const out = renderPreview('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](java\tscript:alert(1)) ![i](data:text/html,x)\n\n<!-- tiki:DIV -->\n', context);
    expect(out).not.toMatch(/<script|<img src="x"|onerror=|javascript|<!--/i);
    expect(safeUrl('JaVaScRiPt:alert(1)')).toBe(false);
    expect(safeUrl(' vbscript:x')).toBe(false);
    expect(safeUrl('mailto:a@b.c')).toBe(true);
    expect(safeUrl('../x.html#a')).toBe(true);
  });
});

describe('page html', () => {
  const evil = '<script>alert(1)</script>';
  const file = `{\n    "title": "T",\n    "tiki_page_id": 7,\n    "tags": [\n        "a"\n    ]\n}\n\nBody <!-- tiki:DIV ${evil} -->\n`;
  const out = pageHtml(
    {
      id: 7,
      name: evil,
      slug: 's',
      source: `one\ntwo ${evil}\r\nthree`,
      file,
      findings: [{ ruleId: 'raw-html', severity: 'warning', pageId: 7, pageName: evil, line: 2, column: 5, message: evil }],
      fidelity: 0.5,
    },
    context,
  );

  it('escapes every piece of page text and has no script of its own', () => {
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain("script-src 'none'");
  });

  it('highlights the finding at its source line only', () => {
    expect(out).toMatch(/<span class="line hit sev-warning" id="L2" data-line="2" data-rules="raw-html"/);
    expect(out).toMatch(/<span class="line" id="L1" /);
    expect(out).toMatch(/<span class="line" id="L3" /);
    expect(out).toContain('<a href="#L2">line 2:5</a>');
  });

  it('shows HTML comments in the markdown pane, not in the preview', () => {
    expect(out).toContain('<span class="md-comment">&lt;!-- tiki:DIV');
    expect(out.slice(out.indexOf('class="preview"'))).not.toContain('tiki:DIV');
    expect(out).toContain('50.0%');
  });
});

describe('page parts', () => {
  it('splits JSON, YAML and TOML front matter and reads their fields', () => {
    const json = splitPage('{\n    "title": "A",\n    "n": 2\n}\n\nbody\n');
    expect(json.body).toBe('\nbody\n');
    expect(Object.fromEntries(frontMatterFields(json))).toEqual({ title: 'A', n: 2 });
    const yaml = splitPage('---\ntitle: "A: b"\ntags:\n  - "x"\n  - "y"\ndraft: false\n---\nbody\n');
    expect(Object.fromEntries(frontMatterFields(yaml))).toEqual({ title: 'A: b', tags: ['x', 'y'], draft: false });
    const toml = splitPage('+++\ntitle = "A"\ntags = ["x", "y"]\nid = 3\n+++\nbody\n');
    expect(Object.fromEntries(frontMatterFields(toml))).toEqual({ title: 'A', tags: ['x', 'y'], id: 3 });
    expect(splitPage('just text').format).toBe('none');
  });
});

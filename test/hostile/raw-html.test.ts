// Raw HTML policy enforcement: whatever a page holds — wiki text, an HTML (WYSIWYG) page, a
// markdown page, {HTML} and {MARKDOWN} bodies, plugin arguments — no <script>, no event handler,
// no frame and no javascript:/data: URL reaches the output under either policy, and each removal
// is a finding.

import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { convertOtherBody, convertTikiBody } from '../../src/convert-page.js';
import type { RawHtmlPolicy } from '../../src/normalize/context.js';
import { goldenLinks, goldenResources } from '../helpers/golden-env.js';

const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">y</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg onload=alert(1)></svg>',
  '<object data="x.swf"></object>',
  '<a href="data:text/html;base64,PHNjcmlwdD4=">z</a>',
  '<p style="x" onclick="steal()">click</p>',
];

const wiki = [
  ...payloads,
  '[javascript:alert(1)|click]',
  '[ javascript:alert(1)|spaced]',
  '[data:text/html,<script>x</script>|data]',
  '{img src="javascript:alert(1)"}',
  '{img src="data:image/svg+xml,<svg onload=alert(1)>"}',
  '{button href="javascript:alert(1)" _text="b"}',
  '{iframe src="javascript:alert(1)"}',
  `{HTML()}${payloads.join('')}{HTML}`,
  `{MARKDOWN()}[x](javascript:alert(1)) ${payloads.join(' ')}{MARKDOWN}`,
  '{ALINK(aname=x pagename="javascript:alert(1)")}a{ALINK}',
].join('\n\n');

const DANGEROUS_HTML = /<\s*\/?\s*(script|iframe|object|embed|svg|math)\b|\son[a-z]+\s*=|(javascript|vbscript|data)\s*:/i;
const DANGEROUS_URL = /^\s*(javascript|vbscript|data)\s*:/i;

function dangers(node: Nodes): string[] {
  const found: string[] = [];
  // Markers are HTML comments, inert by construction (`--` is broken up, so `-->` cannot end
  // them early); only what is outside comments can run.
  if (node.type === 'html' && DANGEROUS_HTML.test(node.value.replace(/<!--[\s\S]*?-->/g, ''))) found.push(`html: ${node.value}`);
  if ((node.type === 'link' || node.type === 'image') && DANGEROUS_URL.test(decodeURIComponent(node.url))) found.push(`url: ${node.url}`);
  if ('children' in node) for (const c of node.children) found.push(...dangers(c as Nodes));
  return found;
}

describe('no script, handler, frame or script URL passes', () => {
  for (const policy of ['safe', 'unsafe'] as RawHtmlPolicy[]) {
    const options = { headingOffset: 0, rawHtml: policy, resources: goldenResources };

    it(`wiki page, ${policy} policy`, () => {
      const r = convertTikiBody(wiki, goldenLinks, options);
      expect(dangers(r.tree)).toEqual([]);
      expect(r.findings.filter((f) => f.ruleId === 'unsafe-url-removed' || f.ruleId === 'html-removed').length).toBeGreaterThan(5);
    });

    it(`HTML page, ${policy} policy`, () => {
      const r = convertOtherBody(payloads.join('\n'), 'html', goldenLinks, options);
      expect(dangers(r.tree)).toEqual([]);
      expect(r.markdown).not.toMatch(/<script|onerror|onload|onclick|javascript:/i);
      expect(r.findings.length).toBeGreaterThanOrEqual(payloads.length - 1);
    });

    it(`markdown page, ${policy} policy`, () => {
      const r = convertOtherBody(`{syntax type="markdown"}\n[x](javascript:alert(1))\n\n${payloads.join('\n\n')}`, 'markdown', goldenLinks, options);
      expect(dangers(r.tree)).toEqual([]);
    });
  }
});

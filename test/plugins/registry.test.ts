// Every plugin name Tiki knows has a decided fate. For each name in the registry: it has a
// group, a body kind and a default policy; and a call of it in both forms converts without an
// exception, without silent loss (a finding or output for every call) and without leaving the
// raw call in the visible text. Policies from the config override the default.

import { describe, expect, it } from 'vitest';
import { convertTikiBody } from '../../src/convert-page.js';
import { allPlugins, pluginPolicies, type PluginPolicy } from '../../src/normalize/plugins/registry.js';
import { defaultPolicy } from '../../src/normalize/plugins/plugin.js';
import { markdownVisibleText } from '../../src/report/visible-text.js';
import { goldenLinks, goldenResources } from '../helpers/golden-env.js';

const plugins = allPlugins();

describe('the plugin registry', () => {
  it("covers Tiki 24's 256 plugins plus removed and newer names", () => {
    expect(plugins.length).toBeGreaterThanOrEqual(256 + 20);
    for (const name of ['div', 'box', 'img', 'include', 'fancytable', 'list', 'trackerlist', 'remarksbox', 'addon', 'bliptv', 'thumb', 'alert', 'figure']) {
      expect(plugins.map((p) => p.name)).toContain(name);
    }
  });

  it('gives every name a group, a body kind and a policy', () => {
    for (const p of plugins) {
      expect(['content', 'presentational', 'resolvable', 'dynamic']).toContain(p.group);
      expect(['wiki', 'html', 'verbatim', 'none']).toContain(p.body);
      expect(pluginPolicies).toContain(defaultPolicy(p));
    }
  });
});

describe('every plugin name converts, in the long and the short form', () => {
  for (const p of plugins) {
    const upper = p.name.toUpperCase();
    it(p.name, () => {
      const source = `Before {${upper}(x="1")}Body words here{${upper}} middle {${p.name} y="2"} after`;
      const { markdown, findings } = convertTikiBody(source, goldenLinks, { headingOffset: 0, resources: goldenResources });
      const visible = markdownVisibleText(markdown);
      // Footnote text moves to the end of the page; everything else stays in place.
      expect(visible).toMatch(p.name === 'footnote' ? /^Before[\s\S]*middle[\s\S]*after\s*Body words here\s*$/ : /^Before[\s\S]*middle[\s\S]*after\s*$/);
      // The raw call never shows as text (unknown names would; every name here is known).
      expect(visible).not.toContain(`{${upper}(`);
      expect(visible).not.toContain(`{${p.name} `);
      // Never silent: either the call became output, or a finding says what happened.
      const silent = findings.length === 0 && !/Body words here/.test(markdown) && markdown.replace(/\s+/g, ' ').trim() === 'Before middle after';
      expect(silent).toBe(false);
    });
  }
});

describe('policies from the config override the default', () => {
  const run = (policy: PluginPolicy) =>
    convertTikiBody('{DIV(class="x")}kept __text__{DIV}', goldenLinks, { headingOffset: 0, plugins: { div: policy } });

  it('unwrap keeps the body', () => {
    const r = run('unwrap');
    expect(r.markdown).toBe('kept **text**\n');
    expect(r.findings.map((f) => f.ruleId)).toEqual(['plugin-unwrapped']);
  });
  it('marker replaces the call with a comment', () => {
    const r = run('marker');
    expect(r.markdown).toBe('<!-- tiki:DIV class="x" (body: 13 characters) -->\n');
    expect(r.findings.map((f) => f.ruleId)).toEqual(['plugin-marker']);
  });
  it('drop removes it, reported', () => {
    const r = run('drop');
    expect(r.markdown).toBe('');
    expect(r.findings.map((f) => f.ruleId)).toEqual(['plugin-dropped']);
  });
  it('html falls back to convert under the safe raw-HTML policy', () => {
    expect(run('html').markdown).toBe(run('convert').markdown);
  });
});

// What each emitter writes for a small ordinary site: a home page, a page with a space and an
// accent, an edit action (gone) and an attachment without an extracted file (gone), under the
// base path /tiki with 308 redirects.

import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/build-plan.js';
import { redirectFiles } from '../../src/redirects/index.js';
import { caddyMapInput } from '../../src/redirects/caddy.js';
import { nginxMapKey, nginxString } from '../../src/redirects/nginx.js';
import { pcreLiteral, rewriteSubstitution } from '../../src/redirects/apache.js';
import { pathToRegexpLiteral } from '../../src/redirects/vercel.js';
import { makePage, makeSite } from '../plan/site-fixture.js';

const site = makeSite([makePage(1, 'HomePage'), makePage(2, 'Café Crème')], {
  attachments: [{ id: 9, page: 'Café Crème', filename: 'a.pdf', filetype: 'application/pdf', filesize: 1, data: null, path: '', created: 0, comment: '' }],
});
const plan = buildPlan(site, { section: 'wiki', stripTitleDates: false, basePath: '/tiki', redirectStatus: 308, pageActions: ['tiki-print.php'], goneActions: ['tiki-editpage.php'] });
const files = redirectFiles(plan, { redirectStatus: 308, goneStatus: 410, siteUrl: 'https://www.example.org' });
const lines = (name: string) => files.get(name)!.split(/\r?\n/);

describe('escaping helpers', () => {
  it('nginx strings and map keys', () => {
    expect(nginxString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
    expect(nginxMapKey('~regex')).toBe('"\\\\~regex"');
    expect(nginxMapKey('default')).toBe('"\\\\default"');
    expect(nginxMapKey('\\x')).toBe('"\\\\\\\\x"');
    expect(nginxMapKey('/My Page')).toBe('"/My Page"');
  });

  it('Apache patterns and substitutions, Vercel sources, Caddy inputs', () => {
    expect(pcreLiteral('/a b.é')).toBe('\\x2fa\\x20b\\x2e\\xc3\\xa9');
    expect(rewriteSubstitution('/a%20b/$1')).toBe('/a\\%20b/\\$1');
    expect(pathToRegexpLiteral('/My+Page:(x)*?')).toBe('/My\\+Page\\:\\(x\\)\\*\\?');
    expect(caddyMapInput('/My Page, é')).toBe('"/My Page, é"');
    expect(caddyMapInput('/a"b{$HOME}')).toBe('"~^\\x2fa\\x22b\\x7b\\x24HOME\\x7d$"');
  });
});

describe('files for a small site', () => {
  it('writes every format', () => {
    expect([...files.keys()].sort()).toEqual([
      'README.md',
      'apache/paths.map',
      'apache/query.map',
      'apache/tiki2md-vhost.conf',
      'caddy/tiki2md.caddy',
      'cloudflare/cloudflare-bulk.csv',
      'cloudflare/cloudflare-query-forms.md',
      'htaccess/.htaccess',
      'iis/web.config',
      'netlify/_redirects',
      'nginx/bare.map',
      'nginx/paths.map',
      'nginx/query-attid.map',
      'nginx/query-page.map',
      'nginx/query-page_id.map',
      'nginx/tiki2md-http.conf',
      'nginx/tiki2md-server.conf',
      'redirects.csv',
      'redirects.json',
      'vercel/vercel.json',
    ]);
  });

  it('nginx: decoded $uri keys, raw $arg keys, base path, 308 and 410', () => {
    expect(lines('nginx/paths.map')).toContain('"/tiki/Café Crème" "/wiki/cafe-creme/";');
    expect(lines('nginx/paths.map')).toContain('"/tiki/Café+Crème" "/wiki/cafe-creme/";');
    expect(lines('nginx/paths.map')).toContain('"/tiki/" "/wiki/homepage/";');
    expect(lines('nginx/query-page.map')).toContain('"/tiki/tiki-index.php?page=Caf%C3%A9+Cr%C3%A8me" "/wiki/cafe-creme/";');
    expect(lines('nginx/query-page.map')).toContain('"/tiki/tiki-editpage.php?page=HomePage" "gone";');
    expect(lines('nginx/query-page.map').filter((l) => l.startsWith('"/tiki/tiki-index.php?page=Caf'))).toEqual([
      '"/tiki/tiki-index.php?page=Caf%C3%A9+Cr%C3%A8me" "/wiki/cafe-creme/";',
      '"/tiki/tiki-index.php?page=Caf%C3%A9%20Cr%C3%A8me" "/wiki/cafe-creme/";',
      '"/tiki/tiki-index.php?page=Cafe%CC%81%20Cre%CC%80me" "/wiki/cafe-creme/";',
    ]);
    expect(lines('nginx/query-attid.map')).toContain('"/tiki/tiki-download_wiki_attachment.php?attid=9" "gone";');
    expect(lines('nginx/bare.map')).toContain('"/tiki/tiki-index.php" "/wiki/homepage/";');
    expect(files.get('nginx/tiki2md-server.conf')).toContain('return 308 $tiki2md_redirect;');
    expect(files.get('nginx/tiki2md-server.conf')).toContain('return 410;');
  });

  it('Apache vhost, maps and .htaccess', () => {
    expect(lines('apache/paths.map')).toContain('/tiki/caf%c3%a9+cr%c3%a8me /wiki/cafe-creme/');
    expect(lines('apache/query.map')).toContain('/tiki/tiki-index.php?page=caf%c3%a9+cr%c3%a8me /wiki/cafe-creme/');
    expect(files.get('apache/tiki2md-vhost.conf')).toContain('RewriteRule ^ %1 [R=308,L,NE,QSD]');
    const ht = lines('htaccess/.htaccess');
    expect(ht).toContain('RewriteCond %{QUERY_STRING} (?:^|&)page_id=2(?:&|$) [NC]');
    expect(ht).toContain('RewriteRule ^tiki\\x2ftiki\\x2dindex\\x2ephp$ /wiki/cafe-creme/ [NC,R=308,L,NE,QSD]');
    expect(ht).toContain('RewriteRule ^tiki\\x2ftiki\\x2ddownload\\x5fwiki\\x5fattachment\\x2ephp$ - [NC,R=410,L]');
  });

  it('Netlify, Cloudflare, Vercel, Caddy, IIS', () => {
    expect(lines('netlify/_redirects')).toContain('/tiki/tiki-index.php  page=Caf%C3%A9+Cr%C3%A8me  /wiki/cafe-creme/  308!');
    expect(lines('netlify/_redirects')).toContain('/tiki/tiki-download_wiki_attachment.php  attid=9  /404.html  410!');
    expect(lines('netlify/_redirects').at(-2)).toBe('/tiki/tiki-index.php  /wiki/homepage/  308!');
    expect(lines('cloudflare/cloudflare-bulk.csv')).toContain('www.example.org/tiki/Caf%C3%A9+Cr%C3%A8me,https://www.example.org/wiki/cafe-creme/,308,FALSE,FALSE,FALSE,FALSE');
    const vercel = JSON.parse(files.get('vercel/vercel.json')!) as { redirects: object[] };
    expect(vercel.redirects).toContainEqual({ source: '/tiki/tiki-index.php', has: [{ type: 'query', key: 'page', value: 'Café Crème' }], destination: '/wiki/cafe-creme/', statusCode: 308 });
    expect(vercel.redirects.at(-1)).toMatchObject({ source: '/tiki/tiki-index.php', missing: [{ type: 'query', key: 'page_id' }, { type: 'query', key: 'page' }, { type: 'query', key: 'attid' }] });
    expect(lines('caddy/tiki2md.caddy')).toContain('\t"/tiki/tiki-index.php?page=Café Crème" /wiki/cafe-creme/');
    expect(lines('caddy/tiki2md.caddy')).toContain('redir @tiki2md_path {tiki2md_path} 308');
    expect(files.get('iis/web.config')).toContain('<add key="/tiki/tiki-index.php?page=Caf%C3%A9+Cr%C3%A8me" value="/wiki/cafe-creme/" />');
    expect(files.get('iis/web.config')).toContain('<action type="CustomResponse" statusCode="410" statusReason="Gone"');
  });

  it('README and CSV count what was written', () => {
    expect(files.get('README.md')).toMatch(/^# Redirect maps generated by tiki2md\n\n\d+ legacy URLs \(\d+ spellings\): \d+ redirect with 308, 3 answer 410/);
    expect(lines('redirects.csv')[0]).toBe('legacy_url,new_url,status,page_id,kind');
    expect(files.get('redirects.csv')).toContain('/tiki/tiki-download_wiki_attachment.php?attId=9,,410,2,attachment\r\n');
  });
});

// Every Tiki plugin name (Tiki 24.1's 256 plugin files, the names removed before 24, the newer
// ones, and the non-plugin brace syntax of old Tiki), grouped as tiki-syntax.md §3 groups them.
// The group decides the default treatment when a plugin has no specific conversion yet:
//
//   content        body kept (converted as wiki text), wrapper marked and reported
//   presentational wrapper dropped or condition marked, body kept, reported
//   resolvable     needs site data (files, other pages); marked and reported until converted
//   dynamic        computed by Tiki at view time; a marker only, always reported (plugin-dynamic)
//
// A name that is in none of these lists is not a Tiki plugin: Tiki shows such text literally.

export type PluginGroup = 'content' | 'presentational' | 'resolvable' | 'dynamic';
/** How the body is read: wiki markup, HTML, verbatim text (code, data), or no body at all. */
export type BodyKind = 'wiki' | 'html' | 'verbatim' | 'none';

/**
 * What happens to a call (configurable per name, `plugins.<name>` in the config):
 *   convert  the specific mapping (falls back to unwrap/marker when a name has none)
 *   unwrap   keep the body, drop the wrapper (finding)
 *   marker   `<!-- tiki:NAME args -->` in place of the call (finding)
 *   drop     nothing (finding)
 *   html     raw HTML, only under the `unsafe` raw-HTML policy (otherwise as convert)
 */
export type PluginPolicy = 'convert' | 'unwrap' | 'marker' | 'drop' | 'html';
export const pluginPolicies: readonly PluginPolicy[] = ['convert', 'unwrap', 'marker', 'drop', 'html'];

export interface PluginInfo {
  name: string;
  group: PluginGroup;
  body: BodyKind;
  /** Body shown only to some users, languages or contexts in Tiki (kept, with a marker). */
  conditional: boolean;
  /** Page chrome with nothing to keep in a static page. */
  chrome: boolean;
}

const words = (s: string) => s.trim().split(/\s+/);

const content = words(`alink aname box button center code dialog div dl equation fade fancylist fancytable figlet
  fluidgrid font footnote footnotearea html indent lang markdown mono mouseover mwtable quote regex remarksbox scroll
  shorten slider slideshowslide sort split sub sup tabs tag tr translated versions wysiwyg alert figure`);

const presentational = words(`layout fullwidthtitle icon jq js coil googleanalytics piwik sharethis benchmark
  pluginmanager autoqueryargs attributes pdf pdfbookmark pdfpage pdfpagebreak metatag autotoc group perm
  perspective pref param userpref networkcondition trackerif useringroup cookieconsent checkreferer maketoc`);

const resolvable = words(`img file files attach include transclude youtube vimeo mediaplayer flash kaltura googledoc
  iframe webdocviewer redirect translationof sign qr now lastmod objectlink userlink sf skype colorbox carousel
  galleriffic swiper annotation h5p playscorm picture audioplayer filelink bliptv googlemap thumb toc`);

const dynamic = words(`activitystream addfreetag addreference addrelation addtocart addtogooglecal adjustinventory
  agentinfo ajaxload appframe archivebuilder article articles author avatar back backlinks banner bigbluebutton
  bloglist calendar casperjs category categorytransition catorphans catpath cclite chart chartjs comment content
  contributionsdashboard convene cookie copyright countdown customsearch cypht datachannel dbreport diagram draw
  dynamicvariables events exercise extendcarthold favorite fitnesse freetagged friend ftp ganttchart gauge gdgraph
  getaccesstoken googlechart groupedit groupexpiry grouplist groupmailcore groupstat htmlfeed htmlfeedlink includetpl
  includeurl insert invite kanban like list listexecute listpages localfiles lsdir mail map mcalendar memberlist
  memberpayment miniquiz module modulelist myspace objecthits package pagetabs payment paymentlist paypal pivottable
  poll prefdoc preference preview profile profilesymbolvalue proposal r randominclude rcontent realnamelist
  registermemberpayment relations rr rss sheet shopperinfo showpages showpref showreference signature slideshow smarty
  snarf sql stat subscribegroup subscribegroups subscribenewsletter survey timeline titlesearch together totp tour
  tracker trackercalendar trackercomments trackerfilter trackeritemcopy trackeritemfield trackerlist trackerprefill
  trackerquerytemplate trackerstat trackertimeline trackertoggle trade twitter usercount userlastlogged userlist vote
  votings vue wantedpages webservice wikidiff xmlupdate xmpp zotero zoterolist addon cartmissinguserinfo hasbought
  jabber pastlink prettytrackerviews report timesheet topfriends trackerpasscode textlink watershed example formula
  posts addfreetags fitness`);

/** Bodies that are not wiki text. Everything else with a body is read as wiki markup. */
const bodyKinds: Record<string, BodyKind> = {
  code: 'verbatim',
  html: 'html',
  wysiwyg: 'html',
  markdown: 'verbatim',
  mwtable: 'verbatim',
  equation: 'verbatim',
  figlet: 'verbatim',
  regex: 'verbatim',
  sql: 'verbatim',
  r: 'verbatim',
  rr: 'verbatim',
  chart: 'verbatim',
  chartjs: 'verbatim',
  diagram: 'verbatim',
  draw: 'verbatim',
  sheet: 'verbatim',
  smarty: 'verbatim',
  js: 'verbatim',
  jq: 'verbatim',
  list: 'verbatim',
  listexecute: 'verbatim',
  customsearch: 'verbatim',
  pivottable: 'verbatim',
};

const conditional = new Set(words(`group perm perspective pref param userpref networkcondition trackerif useringroup
  cookieconsent checkreferer lang`));

const chrome = new Set(words(`layout fullwidthtitle icon jq js coil googleanalytics piwik sharethis benchmark
  pluginmanager autoqueryargs attributes pdf pdfbookmark pdfpage pdfpagebreak metatag footnotearea`));

const registry = new Map<string, PluginInfo>();
const add = (names: string[], group: PluginGroup) => {
  for (const name of names) {
    if (!registry.has(name)) {
      registry.set(name, { name, group, body: bodyKinds[name] ?? 'wiki', conditional: conditional.has(name), chrome: chrome.has(name) });
    }
  }
};
add(content, 'content');
add(presentational, 'presentational');
add(resolvable, 'resolvable');
add(dynamic, 'dynamic');

export function pluginInfo(key: string): PluginInfo | undefined {
  return registry.get(key);
}

export function allPlugins(): PluginInfo[] {
  return [...registry.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

// Plugin name → its conversion. One file per plugin (or family) in this folder; a name missing
// here falls back to its group's default policy (see plugin.ts).

import { alinkConverter, anameConverter } from './anchors.js';
import { boxConverter, quoteConverter } from './box.js';
import { codeConverter } from './code.js';
import type { PluginConverter } from './converter.js';
import { divConverter } from './div.js';
import { htmlConverter, markdownConverter } from './embedded-syntax.js';
import { fancytableConverter } from './fancytable.js';
import { fileConverter } from './files.js';
import { footnoteAreaConverter, footnoteConverter } from './footnote.js';
import { imgConverter } from './img.js';
import { includeConverter, transcludeConverter } from './include.js';
import { splitConverter, sliderConverter, tabsConverter } from './layout.js';
import { dlConverter, fancylistConverter, sortConverter } from './lines.js';
import { buttonConverter, embedLinkConverter, textConverter } from './link-plugins.js';
import { vimeoConverter, youtubeConverter } from './media.js';
import { monoConverter } from './mono.js';
import { dateConverter, redirectConverter, signConverter } from './page-facts.js';
import { remarksboxConverter } from './remarksbox.js';
import { supSubConverter } from './sup-sub.js';
import { tocConverter } from './toc.js';
import { fencedBody } from './verbatim.js';
import { styleWrapper, tagConverter } from './wrappers.js';

export const converters = new Map<string, PluginConverter>([
  ['code', codeConverter],
  ['maketoc', tocConverter],
  ['autotoc', tocConverter],
  ['img', imgConverter],
  ['picture', imgConverter],
  ['file', fileConverter],
  ['attach', fileConverter],
  ['div', divConverter],
  ['box', boxConverter],
  ['quote', quoteConverter],
  ['remarksbox', remarksboxConverter],
  ['alert', remarksboxConverter],
  ['center', styleWrapper('centering')],
  ['font', styleWrapper('font choice')],
  ['indent', styleWrapper('indentation')],
  ['scroll', styleWrapper('scrolling')],
  ['fade', styleWrapper('the show/hide toggle')],
  ['shorten', styleWrapper('shortening with "more"')],
  ['mouseover', styleWrapper('the mouse-over popup')],
  ['dialog', styleWrapper('the dialog box')],
  ['tr', styleWrapper('interface translation', true)],
  ['translated', styleWrapper('the translation marker')],
  ['tag', tagConverter],
  ['mono', monoConverter],
  ['sup', supSubConverter('sup')],
  ['sub', supSubConverter('sub')],
  ['youtube', youtubeConverter],
  ['vimeo', vimeoConverter],
  ['footnote', footnoteConverter],
  ['footnotearea', footnoteAreaConverter],
  ['aname', anameConverter],
  ['alink', alinkConverter],
  ['include', includeConverter],
  ['transclude', transcludeConverter],
  ['redirect', redirectConverter],
  ['lastmod', dateConverter],
  ['now', dateConverter],
  ['sign', signConverter],
  ['iframe', embedLinkConverter],
  ['googledoc', embedLinkConverter],
  ['webdocviewer', embedLinkConverter],
  ['mediaplayer', embedLinkConverter],
  ['button', buttonConverter],
  ['qr', textConverter],
  ['translationof', textConverter],
  ['objectlink', textConverter],
  ['userlink', textConverter],
  ['skype', textConverter],
  ['dl', dlConverter],
  ['fancylist', fancylistConverter],
  ['sort', sortConverter],
  ['fancytable', fancytableConverter],
  ['split', splitConverter],
  ['tabs', tabsConverter],
  ['slider', sliderConverter],
  ['equation', fencedBody('latex', 'the formula is kept as LaTeX source in a code block (Tiki rendered it as an image)')],
  ['figlet', fencedBody(null, 'the text is kept; Tiki drew it as ASCII-art letters')],
  ['html', htmlConverter],
  ['wysiwyg', htmlConverter],
  ['markdown', markdownConverter],
]);

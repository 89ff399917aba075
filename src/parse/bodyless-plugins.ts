// Plugins that never take a body. Tiki accepts them written in the long form without a closing
// tag — `{FOOTNOTEAREA()}`, `{MAKETOC()}`, `{IMG(src=…)}` — so an unclosed long-form call of one
// of these names is a complete call, not literal text.

export const bodylessPlugins = new Set(
  `footnotearea maketoc autotoc toc img file files attach youtube vimeo redirect include lastmod now sign
   iframe googledoc webdocviewer mediaplayer button aname_ metatag icon pdfpagebreak trackerlist listpages
   backlinks titlesearch category catpath rss module`.split(/\s+/).filter(Boolean),
);

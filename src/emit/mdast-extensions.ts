// mdast nodes tiki2md adds, and how each is written:
//
//   definitionList  →  Term⏎: Definition      (Goldmark's definition lists, on in Hugo by default)
//
//   rawMarkdown     its value verbatim, unescaped: syntax tiki2md writes on purpose inside text
//                   (the `[!NOTE]` line of an alert)
//
// Raw markers and Hugo shortcodes use mdast `html` nodes, which the stringifier prints verbatim.

import type { Parent, PhrasingContent } from 'mdast';

export interface DefinitionList extends Parent {
  type: 'definitionList';
  children: Array<DefinitionTerm | DefinitionDescription>;
}
export interface DefinitionTerm extends Parent {
  type: 'definitionTerm';
  children: PhrasingContent[];
}
export interface DefinitionDescription extends Parent {
  type: 'definitionDescription';
  children: PhrasingContent[];
}

export interface RawMarkdown {
  type: 'rawMarkdown';
  value: string;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    rawMarkdown: RawMarkdown;
  }
  interface RootContentMap {
    rawMarkdown: RawMarkdown;
  }
  interface RootContentMap {
    definitionList: DefinitionList;
    definitionTerm: DefinitionTerm;
    definitionDescription: DefinitionDescription;
  }
  interface BlockContentMap {
    definitionList: DefinitionList;
  }
}

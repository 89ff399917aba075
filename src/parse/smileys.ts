// Smileys (tiki-syntax.md §2.2, rule 29), on by default in Tiki 24 (feature_smileys):
//
//   (:name:)                       any of Tiki's smiley image names
//   :-)  :)  :-(  :(  :D  :-D  :S  B-)  8-)  :'(  8-O  }:(  !-)  >:(  >X(  =D
//                                  (`LOL` and `i-)` stay text: rule 29)
//                                  only after whitespace or at the start of a line, and followed
//                                  by whitespace, punctuation or the end of the line
//
// Each becomes the Unicode emoji closest to Tiki's image.

const byName: Record<string, string> = {
  biggrin: '😀', confused: '😕', cool: '😎', cry: '😢', eek: '😮', evil: '😈', exclaim: '❗', frown: '☹️',
  idea: '💡', lol: '😆', mad: '😠', mrgreen: '😁', neutral: '😐', question: '❓', razz: '😛', redface: '😳',
  rolleyes: '🙄', sad: '🙁', smile: '🙂', surprised: '😯', twisted: '😈', wink: '😉', arrow: '➡️', yes: '✅', no: '❌',
};

const emoticons: Array<[string, string]> = [
  [':-)', 'smile'], [':)', 'smile'], [':-(', 'sad'], [':(', 'sad'], [':-D', 'biggrin'], [':D', 'biggrin'],
  [':S', 'confused'], ['B-)', 'cool'], ['8-)', 'cool'], [":'(", 'cry'], ['8-O', 'eek'], ['}:(', 'twisted'],
  ['!-)', 'idea'], ['>:(', 'mad'], ['>X(', 'mad'], ['=D', 'mrgreen'],
];

export interface SmileyMatch {
  name: string;
  value: string;
  end: number;
}

export function matchSmiley(src: string, pos: number, lineStart: number, lineEnd: number): SmileyMatch | null {
  if (src.startsWith('(:', pos)) {
    const close = src.indexOf(':)', pos + 2);
    if (close !== -1 && close < lineEnd && close - pos < 24) {
      const name = src.slice(pos + 2, close);
      if (byName[name]) return { name, value: byName[name], end: close + 2 };
    }
    return null;
  }
  if (pos > lineStart && !/\s/.test(src[pos - 1])) return null;
  for (const [text, name] of emoticons) {
    if (!src.startsWith(text, pos)) continue;
    const after = src[pos + text.length];
    if (pos + text.length < lineEnd && after !== undefined && !/[\s.,;!?]/.test(after)) return null;
    return { name, value: byName[name], end: pos + text.length };
  }
  return null;
}

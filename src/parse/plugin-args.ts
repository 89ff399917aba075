// Plugin arguments, as Tiki's PluginArgumentParser reads them:
//
//   k=v   k=>v   k = "v"   k='v'   separated by spaces and/or commas
//   "\"" escapes a quote inside a quoted value
//   an unquoted value runs until the next `[\s,]\w+=` (so `desc=My nice pic width=3`
//   gives desc="My nice pic"), then is trimmed
//
// Entities in values are not decoded here (Tiki ≥ 9 stores them decoded already).

export function parsePluginArgs(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Skip separators.
    while (i < n && isSeparator(text.charCodeAt(i))) i++;
    const keyStart = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    if (i === keyStart) {
      i++; // stray character: skip it
      continue;
    }
    const key = text.slice(keyStart, i);
    let j = i;
    while (j < n && text[j] === ' ') j++;
    if (text[j] !== '=') {
      // A bare word (flag): Tiki ignores it; keep it as an empty value so markers show it.
      params[key] = params[key] ?? '';
      continue;
    }
    j++;
    if (text[j] === '>') j++;
    while (j < n && text[j] === ' ') j++;
    const quote = text[j];
    if (quote === '"' || quote === "'") {
      const value = readQuoted(text, j + 1, quote);
      if (value) {
        params[key] = value.value;
        i = value.end;
        continue;
      }
      // Unclosed quote: Tiki takes the quote literally and reads on as unquoted.
    }
    const end = unquotedEnd(text, j);
    params[key] = text.slice(j, end).trim();
    i = end;
  }
  return params;
}

function readQuoted(text: string, from: number, quote: string): { value: string; end: number } | null {
  let value = '';
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && text[i + 1] === quote) {
      value += quote;
      i++;
    } else if (ch === quote) {
      return { value, end: i + 1 };
    } else {
      value += ch;
    }
  }
  return null;
}

/** End of an unquoted value: the start of the next `[\s,]\w+\s*=`, or the end of the text. */
function unquotedEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSeparator(c)) continue;
    let k = i + 1;
    while (k < text.length && isSeparator(text.charCodeAt(k))) k++;
    const wordStart = k;
    while (k < text.length && isWordChar(text.charCodeAt(k))) k++;
    if (k === wordStart) continue;
    while (k < text.length && text[k] === ' ') k++;
    if (text[k] === '=') return i;
  }
  return text.length;
}

function isSeparator(c: number): boolean {
  return c === 32 || c === 44 || c === 9 || c === 10 || c === 13;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

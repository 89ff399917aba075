// Small, strict re-implementations of how servers tokenize their configuration, so tests can
// check that generated redirect files hold exactly the directives and keys intended — no
// injected directive, no broken quoting — for servers that are not installed (Apache, Caddy,
// IIS) and as a second opinion next to `nginx -t`.
//   nginx   ngx_conf_read_token: quotes, \" \' \\ \t \r \n escapes, ; { } terminators, # comments;
//           after a quoted string only whitespace, ";", "{" or ")" may follow
//   apache  ap_getword_conf: whitespace-separated words, "…" / '…' quoting with \" escapes
//   caddy   Caddyfile lexer: "…" (\" escape), `…`, { } tokens, # comments, newline-separated lines
//   xml     well-formedness of the subset web.config uses (elements, attributes, comments, PI)
//   csv     RFC 4180

export interface NginxStatement {
  args: string[];
  block?: NginxStatement[];
}

export function parseNginx(text: string): NginxStatement[] {
  let i = 0;
  const parseBlock = (nested: boolean): NginxStatement[] => {
    const out: NginxStatement[] = [];
    let args: string[] = [];
    while (i < text.length) {
      const c = text[i];
      if (/\s/.test(c)) {
        i++;
      } else if (c === '#') {
        while (i < text.length && text[i] !== '\n') i++;
      } else if (c === ';') {
        if (args.length === 0) throw new Error(`empty statement at ${i}`);
        out.push({ args });
        args = [];
        i++;
      } else if (c === '{') {
        i++;
        out.push({ args, block: parseBlock(true) });
        args = [];
      } else if (c === '}') {
        if (!nested || args.length) throw new Error(`unexpected } at ${i}`);
        i++;
        return out;
      } else if (c === '"' || c === "'") {
        i++;
        let value = '';
        while (i < text.length && text[i] !== c) {
          if (text[i] === '\\' && i + 1 < text.length) {
            const n = text[i + 1];
            const map: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', t: '\t', r: '\r', n: '\n' };
            if (n in map) {
              value += map[n];
              i += 2;
              continue;
            }
          }
          value += text[i++];
        }
        if (i >= text.length) throw new Error('unterminated quote');
        i++;
        if (i < text.length && !/[\s;{)]/.test(text[i])) throw new Error(`unexpected "${text[i]}" after quoted string at ${i}`);
        args.push(value);
      } else {
        let value = '';
        while (i < text.length && !/[\s;{}]/.test(text[i])) value += text[i++];
        args.push(value);
      }
    }
    if (nested || args.length) throw new Error('unexpected end of file');
    return out;
  };
  return parseBlock(false);
}

export function apacheWords(line: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (/\s/.test(line[i])) {
      i++;
      continue;
    }
    const q = line[i];
    let word = '';
    if (q === '"' || q === "'") {
      i++;
      while (i < line.length && line[i] !== q) {
        if (line[i] === '\\' && line[i + 1] === q) i++;
        word += line[i++];
      }
      if (i >= line.length) throw new Error(`unterminated quote in ${line}`);
      i++;
    } else {
      while (i < line.length && !/\s/.test(line[i])) word += line[i++];
    }
    words.push(word);
  }
  return words;
}

/** Caddyfile lines: each a list of tokens; "{" and "}" are their own tokens. */
export function caddyLines(text: string): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      if (line.length) lines.push(line);
      line = [];
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"') {
      i++;
      let v = '';
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && text[i + 1] === '"') i++;
        else if (text[i] === '\n') throw new Error('newline inside a quoted token');
        v += text[i++];
      }
      if (i >= text.length) throw new Error('unterminated quote');
      i++;
      line.push(v);
    } else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) throw new Error('unterminated backtick');
      line.push(text.slice(i + 1, end));
      i = end + 1;
    } else {
      let v = '';
      while (i < text.length && !/\s/.test(text[i])) v += text[i++];
      line.push(v);
    }
  }
  if (line.length) lines.push(line);
  return lines;
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(raw: string): string {
  if (/[<]|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`bad character data: ${raw}`);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(raw)) throw new Error('control character in XML');
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, e: string) => (e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]));
}

/** Parses a well-formed document (throws otherwise) and returns its root element. */
export function parseXml(text: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < text.length) {
    if (text.startsWith('<?', i)) i = text.indexOf('?>', i) + 2;
    else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0 || text.slice(i + 4, end).includes('--')) throw new Error('bad comment');
      i = end + 3;
    } else if (text.startsWith('</', i)) {
      const end = text.indexOf('>', i);
      const name = text.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`mismatched </${name}>`);
      i = end + 1;
    } else if (text[i] === '<') {
      const m = /^<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*"[^"]*")*)\s*(\/?)>/.exec(text.slice(i));
      if (!m) throw new Error(`bad tag at ${i}: ${text.slice(i, i + 60)}`);
      const attributes: Record<string, string> = {};
      for (const a of m[2].matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*"([^"]*)"/g)) {
        if (a[1] in attributes) throw new Error(`duplicate attribute ${a[1]}`);
        attributes[a[1]] = xmlText(a[2]);
      }
      const el: XmlElement = { name: m[1], attributes, children: [] };
      if (stack.length) stack[stack.length - 1].children.push(el);
      else if (root) throw new Error('two root elements');
      else root = el;
      if (!m[3]) stack.push(el);
      i += m[0].length;
    } else {
      const end = text.indexOf('<', i);
      const chunk = text.slice(i, end < 0 ? text.length : end);
      if (chunk.trim() && !stack.length) throw new Error('text outside the root');
      xmlText(chunk);
      i = end < 0 ? text.length : end;
    }
  }
  if (stack.length || !root) throw new Error('unclosed element');
  return root;
}

export function xmlFind(el: XmlElement, name: string): XmlElement[] {
  return [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => xmlFind(c, name))];
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else field += text[i++];
      }
      if (text[i] !== '"') throw new Error('unterminated quoted field');
      i++;
    } else {
      while (i < text.length && !/[,\r\n]/.test(text[i])) {
        if (text[i] === '"') throw new Error('quote inside an unquoted field');
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else {
      if (text.startsWith('\r\n', i)) i += 2;
      else if (text[i] === '\n') i++;
      else if (i < text.length) throw new Error(`unexpected "${text[i]}"`);
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

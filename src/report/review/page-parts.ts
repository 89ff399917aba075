// Splits a converted page file into its front matter (JSON, YAML "---" or TOML "+++", as
// src/emit/front-matter.ts writes them) and its markdown body, and reads the front matter's
// flat fields (strings, numbers, booleans, string arrays) for the review site and the diff.

export interface PageParts {
  format: 'json' | 'yaml' | 'toml' | 'none';
  frontMatter: string;
  body: string;
}

export function splitPage(file: string): PageParts {
  if (file.startsWith('{\n')) {
    const end = file.indexOf('\n}\n');
    if (end >= 0) return { format: 'json', frontMatter: file.slice(0, end + 3), body: file.slice(end + 3) };
  }
  for (const [fence, format] of [['---', 'yaml'], ['+++', 'toml']] as const) {
    if (!file.startsWith(`${fence}\n`)) continue;
    const end = file.indexOf(`\n${fence}\n`, fence.length);
    if (end >= 0) return { format, frontMatter: file.slice(0, end + fence.length + 2), body: file.slice(end + fence.length + 2) };
  }
  return { format: 'none', frontMatter: '', body: file };
}

export type FieldValue = string | number | boolean | string[] | null;

/** The front matter as key → value, in file order (values tiki2md writes are all flat). */
export function frontMatterFields(parts: PageParts): Map<string, FieldValue> {
  const fields = new Map<string, FieldValue>();
  if (parts.format === 'json') {
    try {
      for (const [k, v] of Object.entries(JSON.parse(parts.frontMatter) as Record<string, unknown>)) fields.set(k, v as FieldValue);
    } catch {
      /* not JSON after all: no fields */
    }
    return fields;
  }
  if (parts.format === 'none') return fields;
  const lines = parts.frontMatter.split('\n').slice(1, -2);
  let listKey: string | null = null;
  for (const line of lines) {
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && listKey) {
      (fields.get(listKey) as string[]).push(String(scalar(item[1])));
      continue;
    }
    const m = parts.format === 'yaml' ? /^([\w-]+):\s*(.*)$/.exec(line) : /^([\w-]+)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    listKey = null;
    if (m[2] === '' && parts.format === 'yaml') {
      fields.set(m[1], []);
      listKey = m[1];
    } else {
      fields.set(m[1], scalar(m[2]));
    }
  }
  return fields;
}

function scalar(text: string): FieldValue {
  const t = text.trim();
  if (t === '[]') return [];
  if (t.startsWith('[') && t.endsWith(']')) {
    try {
      return JSON.parse(t) as string[];
    } catch {
      return t;
    }
  }
  if (t.startsWith('"')) {
    try {
      return JSON.parse(t) as string;
    } catch {
      return t;
    }
  }
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return t;
}

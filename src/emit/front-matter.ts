// Front matter in the seed format (JSON, 4-space indent, keys in a fixed order), or the same
// data as YAML or TOML. Values are written by our own small serializers over JSON string
// escaping, which is valid in YAML double-quoted scalars and TOML basic strings once the
// characters those formats forbid raw (DEL, C1 controls, U+2028/2029, U+FEFF) are escaped too.

export type FrontMatterFormat = 'json' | 'yaml' | 'toml';

export type FrontMatterValue = string | number | boolean | string[];
/** Ordered: the insertion order of the keys is the order written. */
export type FrontMatter = Array<[key: string, value: FrontMatterValue]>;

export function renderFrontMatter(data: FrontMatter, format: FrontMatterFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(Object.fromEntries(data), null, 4) + '\n';
    case 'yaml':
      return `---\n${data.map(([k, v]) => yamlEntry(k, v)).join('')}---\n`;
    case 'toml':
      return `+++\n${data.map(([k, v]) => `${k} = ${tomlValue(v)}\n`).join('')}+++\n`;
  }
}

function yamlEntry(key: string, value: FrontMatterValue): string {
  if (Array.isArray(value)) {
    return value.length ? `${key}:\n${value.map((v) => `  - ${quote(v)}\n`).join('')}` : `${key}: []\n`;
  }
  return `${key}: ${scalar(value)}\n`;
}

function tomlValue(value: FrontMatterValue): string {
  return Array.isArray(value) ? `[${value.map(quote).join(', ')}]` : scalar(value);
}

function scalar(value: string | number | boolean): string {
  return typeof value === 'string' ? quote(value) : String(value);
}

/** A double-quoted string valid in JSON, YAML and TOML alike. */
export function quote(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// The id Tiki gives an {ANAME()}name{ANAME} anchor: non-alphanumeric runs become "_".

export function anameId(text: string): string {
  return text.trim().replace(/[^A-Za-z0-9_:.-]+/g, '_');
}

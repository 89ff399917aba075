// Markers: HTML comments that keep an unconverted construct greppable in the markdown
// (`<!-- tiki:NAME args -->`). A comment cannot contain `--` or end in `-`, so those are broken up.

export function htmlComment(text: string): string {
  // One line: a comment inside a list item or table must not carry a line break with it.
  const safe = text.replace(/\s*\r?\n\s*/g, ' ').replace(/--/g, '- -').replace(/-$/, '- ').replace(/^>/, ' >');
  return `<!--${safe.startsWith(' ') ? '' : ' '}${safe}${safe.endsWith(' ') ? '' : ' '}-->`;
}

export function markerText(name: string, rawParams: string, suffix = ''): string {
  const args = rawParams.replace(/\s+/g, ' ').trim();
  return htmlComment(`tiki:${name}${args ? ` ${args}` : ''}${suffix}`);
}

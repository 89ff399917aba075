// Site preferences from `tiki_preferences(name, value)`: the SEF settings, home page, attachment
// storage and alias tokens a migration reads (legacy-urls-and-redirects.md §1.4). A missing row
// means "Tiki's default", which differs between versions, so nothing is filled in here. Keys are
// returned in code-unit order so the map does not depend on the input order.

import { requiredText, text, type Row } from '../rows.js';

export class PreferencesCollector {
  private readonly values = new Map<string, string>();

  add(row: Row): void {
    const name = requiredText(row, 'name');
    if (!this.values.has(name)) this.values.set(name, text(row, 'value') ?? '');
  }

  resolve(): Map<string, string> {
    return new Map([...this.values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}

// PhpMyAdminJsonSource: a phpMyAdmin JSON export (Export → JSON) as a RowSource. The shape
// phpMyAdmin 4.7+ writes (ExportJson.php; non-pretty, the default) is one JSON value per line:
//   [
//   {"type":"header","version":"5.2.1","comment":"Export to JSON plugin for PHPMyAdmin"},
//   {"type":"database","name":"tiki"},
//   {"type":"table","name":"tiki_pages","database":"tiki","data":
//   [
//   {"page_id":"1","pageName":"HomePage",…},        <- one row per line, "," between rows
//   {"page_id":"2",…}
//   ]
//   }
//   ,{"type":"table","name":"tiki_preferences",…,"data":      <- later tables start with ","
//   …
//   ]
// That shape is streamed line by line and every row gets its line. Any other layout of the same
// JSON (pretty-printed, re-saved by another tool), recognised before the first row, is parsed
// whole; its rows then carry the line of the file's start. Values are strings (numbers too) or null. Binary columns (BLOB with the binary
// charset: attachment and file bytes, history bodies) are written as "0x" + lower-case hex; a
// known binary column whose value is not hex was exported as text by an old phpMyAdmin, which
// damages non-UTF-8 bytes: reported as `input-ambiguous`.

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { readFile } from 'node:fs/promises';
import { InputError } from './input-error.js';
import type { RowSource, SourceEvent, SqlValue } from './rows.js';

/** Tiki's LONGBLOB columns, hex-encoded by phpMyAdmin. */
const binaryColumns = new Set(['tiki_wiki_attachments.data', 'tiki_files.data', 'tiki_history.data', 'users_users.avatarData']);
const expected = 'a phpMyAdmin JSON export: an array of {"type":"header"}, {"type":"database"} and {"type":"table","name":…,"data":[rows]} objects';

export class PhpMyAdminJsonSource implements RowSource {
  readonly kind = 'phpmyadmin-json';

  constructor(
    readonly file: string,
    private readonly tables: readonly string[],
  ) {}

  async *events(): AsyncGenerator<SourceEvent> {
    const lines = createInterface({ input: createReadStream(this.file, { encoding: 'utf8' }), crlfDelay: Infinity });
    const reader = new LineShape(this.file, new Set(this.tables));
    let line = 0;
    let yielded = false;
    try {
      for await (const text of lines) {
        line++;
        const events = reader.line(text, line);
        if (events === null) {
          lines.close();
          if (yielded) throw new InputError(this.file, line, 'this line does not continue the export', expected);
          yield* this.whole();
          return;
        }
        if (events.length > 0) yielded = true;
        yield* events;
      }
    } catch (error) {
      throw asInputError(this.file, error);
    }
    reader.end(line);
  }

  /** The whole file parsed at once (any layout). */
  private async *whole(): AsyncGenerator<SourceEvent> {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(this.file, 'utf8'));
    } catch (error) {
      throw asInputError(this.file, error);
    }
    if (!Array.isArray(value)) throw new InputError(this.file, 1, 'the JSON is not an array', expected);
    const wanted = new Set(this.tables);
    for (const item of value) {
      const table = tableOf(item);
      if (table === null || !wanted.has(table.name)) continue;
      yield* rowEvents(this.file, table.name, table.data, () => 1);
    }
  }
}

interface TableObject {
  name: string;
  data: unknown[];
}

function tableOf(item: unknown): TableObject | null {
  if (typeof item !== 'object' || item === null) return null;
  const { type, name, data } = item as Record<string, unknown>;
  if (type !== 'table' || typeof name !== 'string') return null;
  return { name, data: Array.isArray(data) ? data : [] };
}

/** The line-per-value shape phpMyAdmin writes; line() returns null at the first line that does not fit. */
class LineShape {
  private state: 'start' | 'top' | 'table-open' | 'rows' | 'table-close' | 'done' = 'start';
  private table: string | null = null;
  private announced = false;
  private nonHex = new Map<string, number>();

  constructor(
    private readonly file: string,
    private readonly wanted: ReadonlySet<string>,
  ) {}

  line(raw: string, line: number): SourceEvent[] | null {
    const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    switch (this.state) {
      case 'start':
        if (text === '') return [];
        if (text !== '[') return null;
        this.state = 'top';
        return [];
      case 'top': {
        if (text === ']') {
          this.state = 'done';
          return [];
        }
        if (text === '') return [];
        const head = /^,?(\{"type":"table".*"data":)$/.exec(text);
        if (head !== null) {
          const table = tableOf(parse(head[1] + '[]}'));
          if (table === null) return null;
          this.table = table.name;
          this.announced = false;
          this.state = 'table-open';
          return [];
        }
        const meta = parse(text.replace(/^,/, '').replace(/,$/, ''));
        return typeof meta === 'object' && meta !== null && 'type' in meta ? [] : null;
      }
      case 'table-open':
        if (text !== '[') return null;
        this.state = 'rows';
        return [];
      case 'rows': {
        if (text === ']') {
          this.state = 'table-close';
          return this.flushAmbiguous(line);
        }
        if (text === '') return [];
        const row = parse(text.replace(/,$/, ''));
        if (typeof row !== 'object' || row === null || Array.isArray(row)) {
          throw new InputError(this.file, line, 'this line is not a JSON object (one table row)', expected);
        }
        if (!this.wanted.has(this.table!)) return [];
        const events: SourceEvent[] = [];
        if (!this.announced) {
          events.push({ kind: 'table', table: this.table!, line, columns: Object.keys(row) });
          this.announced = true;
        }
        events.push(rowEvent(this.file, this.table!, row as Record<string, unknown>, line, this.nonHex));
        return events;
      }
      case 'table-close':
        if (text !== '}' && text !== '},') return null;
        this.state = 'top';
        return [];
      case 'done':
        if (text !== '') throw new InputError(this.file, line, 'text after the closing "]"', expected);
        return [];
    }
  }

  end(line: number): void {
    if (this.state !== 'done') throw new InputError(this.file, line, 'the file ends before its closing "]"', `${expected}; the export looks truncated`);
  }

  private flushAmbiguous(line: number): SourceEvent[] {
    const events = ambiguityIssues(this.file, this.table!, this.nonHex, line);
    this.nonHex = new Map();
    return events;
  }
}

function* rowEvents(file: string, table: string, rows: unknown[], lineOf: () => number): Generator<SourceEvent> {
  const nonHex = new Map<string, number>();
  let announced = false;
  for (const row of rows) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw new InputError(file, lineOf(), `a row of table ${table} is not a JSON object`, expected);
    }
    if (!announced) {
      yield { kind: 'table', table, line: lineOf(), columns: Object.keys(row) };
      announced = true;
    }
    yield rowEvent(file, table, row as Record<string, unknown>, lineOf(), nonHex);
  }
  yield* ambiguityIssues(file, table, nonHex, lineOf());
}

function rowEvent(file: string, table: string, record: Record<string, unknown>, line: number, nonHex: Map<string, number>): SourceEvent {
  const row = new Map<string, SqlValue>();
  for (const [column, value] of Object.entries(record)) {
    const binary = binaryColumns.has(`${table}.${column}`);
    const decoded = jsonValue(value, binary);
    if (binary && typeof value === 'string' && !(decoded instanceof Uint8Array && /^0x/i.test(value))) {
      nonHex.set(column, (nonHex.get(column) ?? 0) + 1);
    }
    row.set(column, decoded);
  }
  return { kind: 'row', table, line, row };
}

const hexPattern = /^0x(?:[0-9a-f]{2})*$/i;
const utf8 = new TextEncoder();

function jsonValue(value: unknown, binary: boolean): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    if (binary && hexPattern.test(value)) return Uint8Array.from(Buffer.from(value.slice(2), 'hex'));
    return binary ? utf8.encode(value) : value;
  }
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return JSON.stringify(value);
}

function ambiguityIssues(file: string, table: string, nonHex: ReadonlyMap<string, number>, line: number): SourceEvent[] {
  return [...nonHex].map(([column, count]) => ({
    kind: 'issue' as const,
    ruleId: 'input-ambiguous' as const,
    severity: 'warning' as const,
    file,
    line,
    message: `${count} value(s) of the binary column ${table}.${column} are text, not "0x…" hex: exported by an old phpMyAdmin, bytes that were not UTF-8 are damaged`,
  }));
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asInputError(file: string, error: unknown): unknown {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new InputError(file, null, 'no such file', expected);
  if (error instanceof SyntaxError) return new InputError(file, null, `not valid JSON: ${error.message}`, expected);
  return error;
}

/**
 * How every JSON document goes out: `json` pretty-printed with two spaces, `ndjson` one line;
 * either ends in a newline. One place, so check, plan, roadmap, whatif, progress, apr and schema
 * print the same way.
 */
export function jsonText(value: unknown, format: 'json' | 'ndjson' = 'json'): string {
  return format === 'ndjson' ? `${JSON.stringify(value)}\n` : `${JSON.stringify(value, null, 2)}\n`;
}

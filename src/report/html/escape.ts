/**
 * Text into HTML. Every string that comes from a profile, a report or a catalogue goes through
 * `esc` before it reaches the page — a debt called `<script>` is shown as those characters, never
 * parsed. Markup is built only from strings this folder writes itself.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a double-quoted attribute value. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Markup this folder built: passed through as it is where a cell or a list takes either. */
export interface Html {
  html: string;
}

export const raw = (html: string): Html => ({ html });

/** Text is escaped, markup passes. */
export function content(value: string | Html): string {
  return typeof value === 'string' ? esc(value) : value.html;
}

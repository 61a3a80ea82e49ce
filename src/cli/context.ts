/**
 * What the CLI knows about its environment: language, colour, streams, terminal width, today.
 * Resolved once at start-up (the language by bin/argv.cjs, as the launcher reads it); everything
 * below the CLI receives plain values.
 */
import type { Lang } from '../i18n/lang';

export interface CliContext {
  lang: Lang;
  color: boolean;
  /** Terminal width for wrapping tables (80 when not a terminal or unknown). */
  columns: number;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Today's calendar date in the user's local time zone — the only clock read in limit-audit. */
  today(): string;
}

/**
 * Colour: `--no-color` and NO_COLOR (any non-empty value) turn it off; FORCE_COLOR (non-empty,
 * not "0") turns it on; otherwise on only when stdout is a terminal.
 */
export function resolveColor(noColorFlag: boolean, env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  return stdoutIsTTY;
}

export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

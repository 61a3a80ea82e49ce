// Types of bin/argv.cjs, for the TypeScript CLI that bundles it.
import type { Lang } from '../src/i18n/lang';

type Env = Readonly<Record<string, string | undefined>>;

/** The value of `--name value` or `--name=value` before any `--`; '' when the flag ends the line, undefined when absent. */
export declare function flagValue(argv: readonly string[], name: string): string | undefined;
/** Whether a flag without a value (`--no-color`) is given before any `--`. */
export declare function hasFlag(argv: readonly string[], name: string): boolean;
/** The first argument that is neither an option nor the value of --lang: the command's name, if any. */
export declare function firstWord(argv: readonly string[]): string | undefined;
/** `--lang`, then LIMIT_AUDIT_LANG, then the locale (zh when it starts with zh), else en; undefined for a --lang that is neither zh nor en. */
export declare function resolveLang(flag: string | undefined, env: Env): Lang | undefined;
/** The language of a command line; en for a --lang value that is neither zh nor en. */
export declare function langOf(argv: readonly string[], env: Env): Lang;

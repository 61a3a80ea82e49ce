// The command line as it is read before commander parses it: by the launcher (bin/limit-audit.js),
// before the bundle loads, for the language of its own failures, and by the CLI itself
// (src/cli/entry.ts and main.ts, bundled in by esbuild) for the language, --no-color and which
// command to build. One reading for both, so they never disagree. Plain CommonJS: the launcher
// requires it only when it has something to say (`--version` never loads it); types in argv.d.cts.
'use strict';

/** The value of `--name value` or `--name=value` before any `--`; '' when the flag ends the line, undefined when absent. */
function flagValue(argv, name) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === name) return argv[i + 1] ?? '';
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** Whether a flag without a value (`--no-color`) is given before any `--`. */
function hasFlag(argv, name) {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === name) return true;
  }
  return false;
}

/** The first argument that is neither an option nor the value of --lang: the command's name, if any. */
function firstWord(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang') {
      i++;
      continue;
    }
    if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/**
 * The language: `--lang` (zh or en; anything else is undefined, which the CLI reports as bad usage),
 * then LIMIT_AUDIT_LANG when it is zh or en, then zh when LC_ALL / LC_MESSAGES / LANG starts with
 * zh, else en.
 */
function resolveLang(flag, env) {
  if (flag !== undefined) return flag === 'zh' || flag === 'en' ? flag : undefined;
  const configured = env.LIMIT_AUDIT_LANG;
  if (configured === 'zh' || configured === 'en') return configured;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The language of a command line: as resolveLang, with en for a --lang value that is neither zh nor en. */
function langOf(argv, env) {
  return resolveLang(flagValue(argv, '--lang'), env) ?? 'en';
}

module.exports = { flagValue, hasFlag, firstWord, resolveLang, langOf };

/**
 * src/cli/exit.ts: the one mapping from an error to an exit code and the line(s) for stderr, used
 * by main (errors of a command) and by entry (errors that escape it).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { currentExitCode, EXIT, failure, setExitCode } from '../../src/cli/exit';
import { InputError, InterruptedError, UserError } from '../../src/errors';
import { tempDir } from '../temp';
import { cliEnv, runCli } from './run';

const before = process.exitCode;
afterEach(() => {
  process.exitCode = before;
});

describe('failure', () => {
  it('a user error: its message and its code', () => {
    expect(failure(new UserError('bad thing'), 'en')).toEqual({ code: 2, message: 'bad thing' });
    expect(failure(new InputError('a.yaml', [{ path: 'income', message: 'required field is missing' }]), 'zh')).toEqual({
      code: 2,
      message: 'a.yaml income: required field is missing',
    });
    expect(failure(new InterruptedError(), 'en')).toEqual({ code: 130 });
  });
  it('commander has said it already: help and version are 0, a usage error 2, nothing more to print', () => {
    expect(failure(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'), 'en')).toEqual({ code: 0 });
    expect(failure(new CommanderError(0, 'commander.version', '0.1.0'), 'en')).toEqual({ code: 0 });
    expect(failure(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"), 'en')).toEqual({ code: 2 });
  });
  it('a closed pipe: quietly, with the code reached so far', () => {
    const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    setExitCode(1);
    expect(failure(epipe, 'en')).toEqual({ code: 1 });
    expect(currentExitCode()).toBe(1);
  });
  it('anything else is a bug, reported in the user’s language without a stack', () => {
    const en = failure(new TypeError('x is not a function'), 'en');
    expect(en).toEqual({
      code: 2,
      message: 'limit-audit: internal error: x is not a function\nThis is a bug in limit-audit; please report it with the command you ran.',
    });
    expect(failure('thrown text', 'zh')).toEqual({
      code: 2,
      message: 'limit-audit：内部错误：thrown text\n这是 limit-audit 的缺陷，请附上所用命令报告给我们。',
    });
  });
});

describe('setExitCode', () => {
  it('an interrupted run stays interrupted', () => {
    setExitCode(EXIT.interrupted);
    setExitCode(0);
    expect(currentExitCode()).toBe(130);
  });
});

/**
 * entry.ts ends a finished run at once when nothing keeps the event loop alive, instead of going
 * through Node's teardown (docs/benchmarks.md). Observed from inside the spawned CLI by a module
 * preloaded with NODE_OPTIONS=--require: Node emits 'beforeExit' only on its own way out, never after
 * process.exit(); and anything still pending when the report goes out is waited for, never cut short.
 */
describe('the end of a run', () => {
  const withPreload = (code: string) => {
    const file = join(tempDir('limit-audit-exit-'), 'preload.cjs');
    writeFileSync(file, code);
    return { NODE_OPTIONS: `--require=${file}` };
  };

  it('a finished check ends at once, with its report whole and its exit code', () => {
    const env = withPreload("process.on('beforeExit', () => require('node:fs').writeSync(2, 'teardown\\n'));");
    const result = runCli(['check', 'profiles/distressed.yaml', '--json'], { env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.length).toBeGreaterThan(0);
    // The same preload sees 'beforeExit' in a process that ends the natural way: the mark works.
    expect(spawnSync(process.execPath, ['-e', '0'], { env: { ...cliEnv(), ...env }, encoding: 'utf8' }).stderr).toBe('teardown\n');
  });

  it('waits for work still pending when the report has gone out', () => {
    // The report's first write starts a timer: pending by construction when main resolves.
    const env = withPreload(
      [
        "const fs = require('node:fs');",
        'const writeSync = fs.writeSync;',
        'let started = false;',
        'fs.writeSync = function (fd, ...rest) {',
        "  if (fd === 1 && !started) { started = true; setTimeout(() => writeSync(2, 'pending work done\\n'), 0); }",
        '  return writeSync.call(this, fd, ...rest);',
        '};',
      ].join('\n'),
    );
    const result = runCli(['check', 'profiles/healthy.yaml', '--json'], { env });
    expect(result.stderr).toBe('pending work done\n');
    expect(JSON.parse(result.stdout).score).toBeDefined();
  });
});

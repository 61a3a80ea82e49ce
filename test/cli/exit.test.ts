/**
 * src/cli/exit.ts: the one mapping from an error to an exit code and the line(s) for stderr, used
 * by main (errors of a command) and by entry (errors that escape it).
 */
import { CommanderError } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { currentExitCode, EXIT, failure, setExitCode } from '../../src/cli/exit';
import { InputError, InterruptedError, UserError } from '../../src/errors';

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

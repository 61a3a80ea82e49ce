/**
 * The shipped CLI is several bundles, each with its own copy of src/errors.ts (build.mjs). An error
 * made by one copy must still be recognised by another: `instanceof` goes by the family's mark.
 */
import { describe, expect, it } from 'vitest';
import { fileProblem, InputError, InterruptedError, UserError } from '../src/errors';

describe('the error family across copies of the module', async () => {
  // A second, separate instance of the module, as a second bundle would have.
  const copy = '../src/errors.ts?copy';
  const other = (await import(/* @vite-ignore */ copy)) as typeof import('../src/errors');
  it('is a separate copy', () => {
    expect(other.UserError).not.toBe(UserError);
  });
  it('recognises errors made by the other copy, by kind', () => {
    const input = new other.InputError('p.yaml', [{ path: 'a', message: 'm' }]);
    expect(input instanceof UserError).toBe(true);
    expect(input instanceof InputError).toBe(true);
    expect(input instanceof InterruptedError).toBe(false);
    expect(new other.InterruptedError() instanceof UserError).toBe(true);
    expect(new other.UserError('x') instanceof InputError).toBe(false);
  });
  it('does not take other errors or look-alikes for its own', () => {
    expect(new Error('x') instanceof UserError).toBe(false);
    expect({ name: 'UserError', exitCode: 2 } instanceof UserError).toBe(false);
    expect((null as unknown) instanceof UserError).toBe(false);
    expect(new UserError('x') instanceof Error).toBe(true);
  });
});

describe('fileProblem: a problem with a whole file, not a field of it', () => {
  it('names the file and says the problem, exit 2', () => {
    const error = fileProblem('bills/a.csv', 'is empty');
    expect(error instanceof InputError).toBe(true);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('bills/a.csv: is empty');
    expect(error.issues).toEqual([{ path: '', message: 'is empty' }]);
  });
  it('names the line when one is known', () => {
    const error = fileProblem('bills/a.csv', 'columns missing', 7);
    expect(error.message).toBe('bills/a.csv:7:1: columns missing');
    expect(error.issues).toEqual([{ path: '', message: 'columns missing', line: 7 }]);
  });
});

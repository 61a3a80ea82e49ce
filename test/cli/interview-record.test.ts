/**
 * `interview --record` (issue 17, section 1): the questionnaire's audit is recorded like check's —
 * beside the --save file, or in --history; without either there is no file to keep it beside, and
 * that is said before the first question.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runInterviewCommand } from '../../src/cli/interview';
import { UserError } from '../../src/errors';
import { isSnapshot } from '../../src/history/validate';
import { COMMAND_OPTIONS, scripted, terminalContext } from '../interview/scripted';
import { GO_ON, INCOME, NO_DEBTS, SKIP_REST } from '../interview/steps';
import { tempDir } from '../temp';

const ANSWERS = [...INCOME, ...NO_DEBTS, ...SKIP_REST, ...GO_ON];

let dir: string;
beforeEach(() => {
  dir = tempDir('la-interview-record-');
});

describe('interview --record', () => {
  it('without --save or --history: refused before any question, exit 2', async () => {
    const script = scripted([]);
    const { ctx } = terminalContext();
    const error = await runInterviewCommand({ ...COMMAND_OPTIONS, record: true }, ctx, { prompter: script.prompter }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain('--record needs --history FILE');
    expect(script.asked).toEqual([]);
  });

  it('--history without --record: refused before any question', async () => {
    const script = scripted([]);
    const { ctx } = terminalContext({ lang: 'zh' });
    await expect(runInterviewCommand({ ...COMMAND_OPTIONS, history: join(dir, 'h.ndjson') }, ctx, { prompter: script.prompter })).rejects.toThrow('--history 需与 --record 一起使用');
    expect(script.asked).toEqual([]);
  });

  it('with --save: the snapshot goes beside the saved profile', async () => {
    const script = scripted([...ANSWERS, ['roadmap.offer', false]]);
    const { ctx, out, err } = terminalContext();
    const save = join(dir, 'mine.yaml');
    const code = await runInterviewCommand({ ...COMMAND_OPTIONS, save, record: true }, ctx, { prompter: script.prompter });
    expect(code).toBe(0);
    expect(script.remaining()).toEqual([]);
    expect(out.join('')).toContain('limit-audit report');
    const history = join(dir, 'mine.history.ndjson');
    expect(err.join('')).toContain(`recorded the audit of 2026-11-01 in ${history} (1 audit)`);
    const snapshot = JSON.parse(readFileSync(history, 'utf8'));
    expect(isSnapshot(snapshot)).toBe(true);
    expect(snapshot.totals.income).toBe(12000);
  });

  it('with --history and no file saved: recorded there', async () => {
    const script = scripted([...ANSWERS, ['save.offer', false]]);
    const { ctx } = terminalContext();
    const history = join(dir, 'answers.ndjson');
    expect(await runInterviewCommand({ ...COMMAND_OPTIONS, record: true, history }, ctx, { prompter: script.prompter })).toBe(0);
    expect(existsSync(history)).toBe(true);
    expect(readFileSync(history, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
  });
});

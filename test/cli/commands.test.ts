/**
 * The commands' shared pieces (src/cli/audit-run.ts): the questionnaire checks --macro and --config
 * as `check` does, before the first question rather than after twenty answers.
 */
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context';
import { runInterviewCommand, type InterviewDeps } from '../../src/cli/interview';
import type { AuditOptions } from '../../src/cli/options';
import { InputError } from '../../src/errors';

const OPTIONS: AuditOptions = { format: 'json', failOn: 'critical', strategy: 'recovery', share: 0.2, plan: true };

function context(): CliContext {
  return {
    lang: 'en',
    color: false,
    columns: 80,
    stdinIsTTY: true,
    stdoutIsTTY: false,
    out: () => undefined,
    err: () => undefined,
    today: () => '2026-11-01',
  };
}

/** A prompter that notes whether any question was asked, and answers none. */
function silentPrompter() {
  const asked: string[] = [];
  const refuse = (question: { message: string }): never => {
    asked.push(question.message);
    throw new Error('a question was asked');
  };
  const prompter = { input: refuse, confirm: refuse, select: refuse } as unknown as NonNullable<InterviewDeps['prompter']>;
  return { prompter, asked };
}

describe('interview: the inputs shared with check are read before any question', () => {
  for (const [option, path] of [
    ['macro', 'no-such-macro.yaml'],
    ['config', 'no-such-config.yaml'],
  ] as const) {
    it(`a missing --${option} file is the file's own error, and nothing is asked`, async () => {
      const { prompter, asked } = silentPrompter();
      const run = runInterviewCommand({ ...OPTIONS, [option]: path }, context(), { prompter, audit: async () => 0 });
      await expect(run).rejects.toThrow(InputError);
      await expect(run).rejects.toThrow(new RegExp(`^${path}: no such file`));
      expect(asked).toEqual([]);
    });
  }
});

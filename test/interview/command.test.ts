import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { INTERVIEW_SOURCE, runInterviewCommand, type InterviewCommandOptions } from '../../src/cli/interview';
import { parseProfile } from '../../src/cli/load';
import { InterruptedError, UserError } from '../../src/errors';
import { interviewText } from '../../src/i18n/interview';
import { displayWidth } from '../../src/report/text-layout';
import { profileSchema, type Profile } from '../../src/profile/schema';
import { PROMPTERS } from './inquirer-driven';
import { COMMAND_OPTIONS as OPTIONS, CTRL_C, terminalContext as context, type Step } from './scripted';
import { EVERYTHING, GO_ON, INCOME, NO_DEBTS, SKIP_REST } from './steps';
import { tempDir } from '../temp';

const SHORT: Step[] = [...INCOME, ...NO_DEBTS, ...SKIP_REST];

/** A stand-in audit that records what it was given and checks which files existed at that moment. */
function fakeAudit(exitCode = 0) {
  const calls: { profile: Profile; source: string; filesThen: string[] }[] = [];
  let dir = '';
  return {
    calls,
    watch: (folder: string) => {
      dir = folder;
    },
    audit: async (profile: Profile, source: string) => {
      calls.push({ profile, source, filesThen: dir ? readdirSync(dir) : [] });
      return exitCode;
    },
  };
}

let dir: string;
beforeEach(() => {
  dir = tempDir('limit-audit-interview-');
});

describe.each(PROMPTERS)('through the %s prompter', (_, prompter) => {
  async function run(steps: Step[], opts: Partial<InterviewCommandOptions> = {}, audit = fakeAudit(), overrides: Parameters<typeof context>[0] = {}) {
    const script = prompter(steps);
    const { ctx, out, err } = context(overrides);
    audit.watch(dir);
    const code = await runInterviewCommand({ ...OPTIONS, ...opts }, ctx, { prompter: script.prompter, audit: audit.audit });
    expect(script.remaining()).toEqual([]);
    return { code, script, out, err, audit };
  }

  describe('limit-audit interview', () => {
    it('refuses to start when standard input is not a terminal: exit 2, pointing to check FILE', async () => {
      const script = prompter([]);
      const { ctx } = context({ stdinIsTTY: false });
      const error = await runInterviewCommand(OPTIONS, ctx, { prompter: script.prompter }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(2);
      expect((error as UserError).message).toContain('limit-audit check FILE');
      expect(script.asked).toEqual([]);
    });

    it('says it in Chinese for a Chinese user', async () => {
      const { ctx } = context({ stdinIsTTY: false, lang: 'zh' });
      await expect(runInterviewCommand(OPTIONS, ctx, { prompter: prompter([]).prompter })).rejects.toThrow('limit-audit check 文件');
    });

    it('--save writes the profile before the audit, and the report names the file', async () => {
      const path = join(dir, 'mine.yaml');
      const { code, audit, err } = await run([...SHORT, ...GO_ON, ['record.offer', false], ['roadmap.offer', false]], { save: path });
      expect(code).toBe(0);
      expect(audit.calls).toHaveLength(1);
      expect(audit.calls[0]!.source).toBe(path);
      expect(audit.calls[0]!.filesThen).toEqual(['mine.yaml']);
      // The file, loaded as `check` loads it, is the very profile the session audited.
      const saved = await parseProfile(readFileSync(path), path, 'en');
      expect(saved).toStrictEqual(audit.calls[0]!.profile);
      expect(z.safeParse(profileSchema, saved).success).toBe(true);
      // Wrapped to the terminal's 80 columns, between words: the path is whole on its line.
      expect(err.join('').replace(/\n/g, ' ')).toContain(`Saved to ${path}. Next time, run: limit-audit check ${path}`);
    });

    it('wraps its own lines (the intro, hints) to the terminal, between words, keeping the bullets\' indent', async () => {
      const { err } = await run([...SHORT, ...GO_ON, ['save.offer', false]], {}, undefined, { columns: 60 });
      const intro = err.join('').split('\n── ')[0]!;
      for (const line of intro.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
      expect(intro).toContain('• Enter accepts the suggestion in brackets; Backspace clears\n  it.');
      // Unwrapped, nothing is lost.
      expect(intro.replace(/\n  /g, ' ')).toContain(interviewText('en').intro.split('\n')[1]);
    });

    it('passes the audit exit code through (1: a finding at or above --fail-on)', async () => {
      const { code } = await run([...SHORT, ...GO_ON, ['save.offer', false]], {}, fakeAudit(1));
      expect(code).toBe(1);
    });

    it('--save never replaces an existing file without a yes; declining leaves it untouched and skips the offer', async () => {
      const path = join(dir, 'mine.yaml');
      writeFileSync(path, 'precious');
      const { audit } = await run([...SHORT, ...GO_ON, ['save.overwrite', false], ['save.another', '']], { save: path });
      expect(readFileSync(path, 'utf8')).toBe('precious');
      expect(audit.calls[0]!.source).toBe(INTERVIEW_SOURCE);
      expect(readdirSync(dir)).toEqual(['mine.yaml']); // no temporary file left behind
    });

    it('--save replaces an existing file after an explicit yes', async () => {
      const path = join(dir, 'mine.yaml');
      writeFileSync(path, 'old');
      const { audit } = await run([...SHORT, ...GO_ON, ['save.overwrite', true], ['record.offer', false], ['roadmap.offer', false]], { save: path });
      expect(await parseProfile(readFileSync(path), path, 'en')).toStrictEqual(audit.calls[0]!.profile);
    });

    it('does not write twice when the review already saved the same answers to the --save file', async () => {
      const path = join(dir, 'mine.yaml');
      // After saving from the review the file exists; a second write would have asked to overwrite it.
      const { audit } = await run([...SHORT, ['review', 'save'], ['save.path', ''], ...GO_ON, ['record.offer', false], ['roadmap.offer', false]], { save: path });
      expect(audit.calls[0]!.source).toBe(path);
    });

    it('without --save, offers to save after the diagnosis', async () => {
      const path = join(dir, 'later.yaml');
      const { audit } = await run([...SHORT, ...GO_ON, ['save.offer', true], ['save.path', path], ['record.offer', false], ['roadmap.offer', false]]);
      expect(audit.calls[0]!.source).toBe(INTERVIEW_SOURCE);
      expect(audit.calls[0]!.filesThen).toEqual([]);
      expect(await parseProfile(readFileSync(path), path, 'en')).toStrictEqual(audit.calls[0]!.profile);
    });

    it('without --save, writes nothing when the offer is declined', async () => {
      await run([...SHORT, ...GO_ON, ['save.offer', false]]);
      expect(readdirSync(dir)).toEqual([]);
    });

    it('uses --as-of as the profile date, so the saved file audits the same later', async () => {
      const { audit } = await run([...SHORT, ...GO_ON, ['save.offer', false]], { asOf: '2026-06-30' });
      expect(audit.calls[0]!.profile.as_of).toBe('2026-06-30');
    });

    it('a full session round-trips through the saved file', async () => {
      const path = join(dir, 'full.yaml');
      const { audit } = await run([...EVERYTHING, ...GO_ON, ['record.offer', false], ['roadmap.offer', false]], { save: path });
      const text = readFileSync(path, 'utf8');
      expect(text).toContain('# 4 entries made from your counts');
      expect(await parseProfile(Buffer.from(text), path, 'en')).toStrictEqual(audit.calls[0]!.profile);
    });
  });

  describe('after the report: the history and the roadmap', () => {
    it('offers to record the audit beside the saved profile and to show the roadmap (Enter: no to both), then names the roadmap command', async () => {
      const path = join(dir, 'mine.yaml');
      const { out, err, script } = await run([...SHORT, ...GO_ON, ['record.offer', ''], ['roadmap.offer', '']], { save: path });
      expect(script.asked.find((q) => q.id === 'record.offer')?.default).toBe(false);
      expect(script.asked.find((q) => q.id === 'roadmap.offer')?.default).toBe(false);
      expect(existsSync(join(dir, 'mine.history.ndjson'))).toBe(false);
      expect(err.join('').replace(/\n/g, ' ')).toContain(`Your roadmap (what to do, month by month): limit-audit roadmap ${path}`);
      expect(out.join('')).not.toContain('limit-audit roadmap —');
    });

    it('a yes to the roadmap prints it on stdout after the report, as `roadmap FILE` would', async () => {
      const path = join(dir, 'mine.yaml');
      const { out, err } = await run([...SHORT, ...GO_ON, ['record.offer', false], ['roadmap.offer', true]], { save: path });
      const printed = out.join('');
      expect(printed).toContain(`limit-audit roadmap — ${path}`);
      expect(printed).toMatch(/review/i);
      expect(err.join('')).not.toContain('Your roadmap (what to do, month by month)');
    });

    it('when the report is JSON, the roadmap is not offered (a second document would break a script): its command is said', async () => {
      const path = join(dir, 'mine.yaml');
      const { out, err, script } = await run([...SHORT, ...GO_ON, ['record.offer', false]], { save: path, format: 'json' });
      expect(script.asked.some((q) => q.id === 'roadmap.offer')).toBe(false);
      expect(out.join('')).not.toContain('limit-audit roadmap —');
      expect(err.join('').replace(/\n/g, ' ')).toContain(`limit-audit roadmap ${path}`);
    });

    it('a yes records it, as check --record would, in the history beside the profile', async () => {
      const path = join(dir, 'mine.yaml');
      const { err } = await run([...SHORT, ...GO_ON, ['save.offer', true], ['save.path', path], ['record.offer', true], ['roadmap.offer', false]]);
      const history = join(dir, 'mine.history.ndjson');
      expect(readFileSync(history, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
      expect(err.join('').replace(/\n/g, ' ')).toContain(`recorded the audit of 2026-11-01 in ${history} (1 audit)`);
    });

    it('with --record, does not ask again; unsaved, offers neither', async () => {
      const path = join(dir, 'mine.yaml');
      const recorded = await run([...SHORT, ...GO_ON, ['roadmap.offer', false]], { save: path, record: true });
      expect(recorded.script.asked.some((q) => q.id === 'record.offer')).toBe(false);
      const unsaved = await run([...SHORT, ...GO_ON, ['save.offer', false]]);
      expect(unsaved.script.asked.some((q) => q.id === 'record.offer')).toBe(false);
      expect(unsaved.err.join('')).not.toContain('limit-audit roadmap');
    });
  });

  describe('Ctrl-C', () => {
    async function interrupted(steps: Step[], opts: Partial<InterviewCommandOptions> = {}) {
      const audit = fakeAudit();
      const error = await run(steps, opts, audit).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InterruptedError);
      expect((error as InterruptedError).exitCode).toBe(130);
      expect(audit.calls).toEqual([]);
      return error as InterruptedError;
    }

    it('at the first question: exit 130, nothing written', async () => {
      const error = await interrupted([['income.monthly', CTRL_C]], { save: join(dir, 'mine.yaml') });
      expect(error.message).toBe('Interrupted; nothing was saved.');
      expect(readdirSync(dir)).toEqual([]);
    });

    it('in the middle of a section: exit 130, nothing written', async () => {
      await interrupted([...INCOME, ['debts.more', true], ['debts.product', 'jiebei'], ['debts.name', ''], ['debts.lender', CTRL_C]], { save: join(dir, 'mine.yaml') });
      expect(readdirSync(dir)).toEqual([]);
    });

    it('at "replace the existing file?": the file stays as it was', async () => {
      const path = join(dir, 'mine.yaml');
      writeFileSync(path, 'precious');
      await interrupted([...SHORT, ...GO_ON, ['save.overwrite', CTRL_C]], { save: path });
      expect(readFileSync(path, 'utf8')).toBe('precious');
      expect(readdirSync(dir)).toEqual(['mine.yaml']);
    });

    it('after a save from the review: says the saved profile is complete', async () => {
      const path = join(dir, 'mine.yaml');
      const error = await interrupted([...SHORT, ['review', 'save'], ['save.path', path], ['review', CTRL_C]]);
      expect(error.message).toBe(`Interrupted. (The profile saved earlier, ${path}, is complete.)`);
      expect(existsSync(path)).toBe(true);
    });
  });
});

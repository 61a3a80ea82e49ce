/**
 * End to end, in a real pseudo-terminal: the built CLI (bin/limit-audit.js → dist/cli.js) with the
 * real @inquirer/prompts, driven by keystrokes. Needs `npm run build` (npm test builds first).
 *
 * The pty comes from `ptyCommand` (test/cli/run.ts): util-linux `script`, or a python3 helper.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, onTestFailed, onTestFinished } from 'vitest';
import { parseProfile } from '../../src/cli/load';
import { ptyCommand } from '../cli/run';
import { tempDir } from '../temp';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** LIMIT_AUDIT_BIN lets a developer point the tests at another build of the CLI. */
const BIN = process.env.LIMIT_AUDIT_BIN ?? join(ROOT, 'bin/limit-audit.js');

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

function inPty(args: string[], cwd: string) {
  const argv = [process.execPath, BIN, ...args];
  const env = { ...process.env, NO_COLOR: '1', TERM: 'xterm', LIMIT_AUDIT_LANG: '' };
  const pty = ptyCommand(argv);
  const child = spawn(pty.command, pty.args, { cwd, env });
  let output = '';
  let consumed = 0;
  const text = () => output.replace(ANSI, '');
  /** Called on every piece of output: the pending waitFor, if any. */
  let onOutput = () => {};
  const received = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    onOutput();
  };
  child.stdout.on('data', received);
  child.stderr.on('data', received);
  const exited = new Promise<number>((resolveExit) => child.on('close', (code) => resolveExit(code ?? -1)));
  // No time limit of its own: a question that never comes fails the test at its timeout. Either way the screen is shown.
  onTestFailed(() => console.error(`the terminal shows:\n${text().slice(-1500)}`));
  onTestFinished(() => void child.kill());
  return {
    text,
    /**
     * Resolves once `pattern` appears after what earlier waits matched (so a question is not matched
     * twice); rejects if the CLI ends first. Keys may be typed at once: Inquirer draws a question and
     * attaches its key handler in one synchronous step (@inquirer/core createPrompt: screen.render,
     * then effectScheduler.run), so no key typed after the question is seen can be lost.
     */
    waitFor(pattern: RegExp): Promise<void> {
      return new Promise((resolveWait, reject) => {
        let found = false;
        const check = () => {
          if (found) return true;
          const match = pattern.exec(text().slice(consumed));
          if (match === null) return false;
          found = true;
          consumed += match.index + match[0].length;
          onOutput = () => {};
          resolveWait();
          return true;
        };
        onOutput = check;
        if (check()) return;
        void exited.then((code) => {
          if (!check()) reject(new Error(`the CLI ended (code ${code}) before ${pattern} appeared`));
        });
      });
    },
    type: (keys: string) => void child.stdin.write(keys),
    exited,
  };
}

const ENTER = '\r';
const CTRL_C = '\x03';
const CTRL_U = '\x15'; // clears the line, after a refused answer is put back for editing
const DOWN = '\x1b[B';
const ESC = '\x1b';

let dir: string;
beforeEach(() => {
  dir = tempDir('limit-audit-pty-');
});

describe('interview in a real terminal (needs `npm run build`)', () => {
  it('answers the first question: a bad amount is refused with the reason, a good one moves on', async () => {
    const session = inPty(['interview', '--lang', 'en'], dir);
    await session.waitFor(/Net monthly income after tax, in yuan:/);
    session.type(`abc${ENTER}`);
    await session.waitFor(/Not an amount\. Write it like 12000, 1\.2万, 12,000 or ¥12,000\.50\./);
    session.type(`${CTRL_U}1.2万${ENTER}`);
    await session.waitFor(/Where does it mostly come from\?/);
    expect(session.text()).toMatch(/Net monthly income after tax, in yuan: 1\.2万/);
    session.type(CTRL_C);
    expect(await session.exited).toBe(130);
  });

  it("draws inquirer's key hints in Chinese for a Chinese user", async () => {
    const session = inPty(['interview', '--lang', 'zh'], dir);
    await session.waitFor(/每月税后净收入（元）：/);
    session.type(`12000${ENTER}`);
    await session.waitFor(/收入主要来自哪里？/);
    await session.waitFor(/↑↓ 移动 • ⏎ 选择/);
    session.type(CTRL_C);
    expect(await session.exited).toBe(130);
  }, 30_000);

  it('asks yes/no questions in Chinese: the hint and the answer are Chinese, not "(y/N)" and "No"', async () => {
    const session = inPty(['interview', '--lang', 'zh'], dir);
    const answers: [RegExp, string][] = [
      [/每月税后净收入（元）：/, `12000${ENTER}`],
      [/收入主要来自哪里？/, ENTER],
      [/能提供过去几个月的净收入？/, ENTER],
    ];
    for (const [question, keys] of answers) {
      await session.waitFor(question);
      session.type(keys);
    }
    // The question, the way back and the yes/no hint: a line the terminal may wrap where there is a space.
    await session.waitFor(/您目前有欠款吗：[^✔]*（Esc：返回上一题）\s+（是\s+y\s+\/\s+否\s+n，回车即[是否]）/);
    session.type(`n${ENTER}`);
    await session.waitFor(/您目前有欠款吗：[^\n]*否\s*$/m);
    expect(session.text()).not.toMatch(/\(y\/N\)|\(Y\/n\)|您目前有欠款吗：[^\n]*\bNo\b/);
    session.type(CTRL_C);
    expect(await session.exited).toBe(130);
  }, 30_000);

  it('Ctrl-C at the first question: exit 130, a one-line message, no stack trace, no file', async () => {
    const session = inPty(['interview', '--lang', 'en', '--save', 'mine.yaml'], dir);
    await session.waitFor(/Net monthly income after tax, in yuan:/);
    session.type(CTRL_C);
    expect(await session.exited).toBe(130);
    const text = session.text();
    expect(text).toContain('Interrupted; nothing was saved.');
    expect(text).not.toMatch(/\n\s+at |ExitPromptError|internal error/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a short session to the end: the diagnosis, and --save writes a profile check accepts', async () => {
    const session = inPty(['interview', '--lang', 'en', '--save', 'mine.yaml', '--no-color'], dir);
    const answers: [RegExp, string][] = [
      [/Net monthly income after tax, in yuan:/, `12000${ENTER}`],
      [/Where does it mostly come from\?/, ENTER],
      [/Past months of net income you can give/, ENTER],
      [/Do you owe anything/, `n${ENTER}`],
      [/Answer the questions about credit behaviour\?/, `n${ENTER}`],
      [/Answer the questions about credit lines\?/, `n${ENTER}`],
      [/Answer the questions about spending\?/, `n${ENTER}`],
      [/Answer the questions about assets\?/, `n${ENTER}`],
      [/Answer the questions about employment\?/, `n${ENTER}`],
      [/cut limits for many users/, ENTER], // Enter: "Not sure / skip", which adds no finding
      [/What next\?/, ENTER], // go on
      [/Record this audit in the history/, ENTER], // Enter: no
      [/Show your roadmap now/, ENTER], // Enter: no, its command is said
    ];
    for (const [question, keys] of answers) {
      await session.waitFor(question);
      session.type(keys);
    }
    expect(await session.exited).toBe(0);
    const text = session.text();
    expect(text).toContain('Your answers, as the profile file will hold them:');
    expect(text).toContain(`Saved to mine.yaml`);
    expect(text).toMatch(/Not evaluated/);
    const saved = await parseProfile(readFileSync(join(dir, 'mine.yaml')), 'mine.yaml', 'en');
    expect(saved).toMatchObject({ version: 1, income: { monthly: 12000, source: 'salary' }, debts: [] });
    expect(saved.credit).toBeUndefined();
    // And the saved file passes check.
    const check = spawnSync(process.execPath, [BIN, 'check', 'mine.yaml', '--lang', 'en', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ source: 'mine.yaml', asOf: saved.as_of });
  });

  it('picks 花呗 from the product list, goes back with Esc, and records the audit when asked', async () => {
    const session = inPty(['interview', '--lang', 'en', '--save', 'mine.yaml', '--no-color'], dir);
    const answer = async (question: RegExp, keys: string) => {
      await session.waitFor(question);
      session.type(keys);
    };
    await answer(/Net monthly income after tax, in yuan:/, `12000${ENTER}`);
    await answer(/Where does it mostly come from\?/, ENTER);
    await answer(/Past months of net income you can give/, ENTER);
    await answer(/Do you owe anything/, `y${ENTER}`);
    await session.waitFor(/Which is it\?/);
    await answer(/esc previous question/, `${DOWN}${ENTER}`); // 花呗, under 借呗
    await answer(/Name of this debt/, ENTER); // 花呗
    // Esc is a key of its own only once the terminal's escape-sequence wait is over: type nothing until it has taken effect.
    await answer(/Lender \(Enter keeps the suggestion/, ESC);
    await session.waitFor(/Back to the previous question; Enter keeps the answer you gave\./);
    await answer(/Name of this debt/, ENTER);
    await answer(/Lender \(Enter keeps the suggestion/, ENTER); // 重庆蚂蚁消费金融
    await answer(/How is its interest quoted\?/, ENTER); // daily
    await answer(/Balance still owed/, `3000${ENTER}`);
    await answer(/Daily rate/, `0.05%${ENTER}`);
    await answer(/How is it repaid\?/, ENTER); // 花呗: revolving
    await answer(/Minimum monthly payment/, ENTER);
    await answer(/What was the money for\?/, ENTER);
    await answer(/overdue right now\?/, ENTER);
    await answer(/Add another debt\?/, ENTER);
    for (const section of ['credit behaviour', 'credit lines', 'spending', 'assets', 'employment']) {
      await answer(new RegExp(`Answer the questions about ${section}\\?`), `n${ENTER}`);
    }
    await answer(/cut limits for many users/, ENTER);
    await answer(/What next\?/, ENTER);
    await answer(/Record this audit in the history/, `y${ENTER}`);
    await answer(/Show your roadmap now/, `y${ENTER}`);
    expect(await session.exited).toBe(0);
    const text = session.text();
    expect(text).toMatch(/── Debts \(2\/8\) ──/);
    expect(text).toContain('limit-audit roadmap — mine.yaml');
    const saved = await parseProfile(readFileSync(join(dir, 'mine.yaml')), 'mine.yaml', 'en');
    expect(saved.debts).toEqual([
      { name: '花呗', kind: 'online_loan', lender: '重庆蚂蚁消费金融', balance: 3000, daily_rate: 0.0005, repayment: 'revolving', purpose: 'consumption', overdue: false },
    ]);
    expect(readFileSync(join(dir, 'mine.history.ndjson'), 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
  }, 30_000);

  it('not a terminal (piped standard input): exit 2, pointing to check FILE', () => {
    const result = spawnSync(process.execPath, [BIN, 'interview', '--lang', 'en'], { cwd: dir, input: '12000\n', encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('To audit a profile, use: limit-audit check FILE');
  });

  it('keeps @inquirer/prompts out of the bundles: only the questionnaire requires it, from node_modules', () => {
    const main = readFileSync(join(dirname(BIN), '../dist/cli.cjs'), 'utf8');
    const questionnaire = readFileSync(join(dirname(BIN), '../dist/interview.cjs'), 'utf8');
    expect(main).not.toContain('@inquirer/prompts'); // the questionnaire is a bundle of its own
    expect(main).toContain('require("./interview.cjs")');
    expect(questionnaire).toContain('require("@inquirer/prompts")');
    for (const bundle of [main, questionnaire]) {
      expect(bundle).not.toContain('@inquirer/core');
      expect(bundle).not.toContain('createPrompt');
    }
  });
});

describe('the prompts module', () => {
  it('is the only place that names @inquirer/prompts, and loads it lazily', () => {
    const grep = spawnSync('grep', ['-rln', '@inquirer/prompts', join(ROOT, 'src')], { encoding: 'utf8' });
    expect(grep.stdout.trim().split('\n')).toEqual([join(ROOT, 'src/interview/questions/prompts.ts')]);
    const source = readFileSync(join(ROOT, 'src/interview/questions/prompts.ts'), 'utf8');
    expect(source).not.toMatch(/^import[^;]*'@inquirer\/prompts'/m);
    expect(source).toContain("import('@inquirer/prompts')");
    expect(source).toContain("require('@inquirer/prompts')");
  });
});

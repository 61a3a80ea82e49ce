#!/usr/bin/env node
/**
 * `npm run bench`: start-up and throughput of the built CLI, as ratios to bare Node on the same
 * machine at the same moment (issue 7). Interleaved runs, medians; no figure is hard-coded.
 * Writes the results table to docs/benchmarks.md. Set BENCH_RUNS to change the number of runs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { cliTable3Patch } from './cli-table3-patch.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const BIN = join(ROOT, 'bin/limit-audit.js');
const SAMPLE = join(ROOT, 'profiles/healthy.yaml');
/**
 * The roadmap and whatif are timed on the sample with the most going on over 36 months (windows,
 * payoffs, milestones), each against one check of that profile.
 */
const BUSY_SAMPLE = join(ROOT, 'profiles/turnover-late.yaml');
// A what-if of 5 scenarios (issue 18: within 2 × a check of the same profile).
const WHATIF_SCENARIOS = join(ROOT, 'test/fixtures/whatif/turnover.yaml');
const env = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', LIMIT_AUDIT_LANG: 'en' };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * A command to time: Node's arguments, extra environment, the exit statuses that mean it did its
 * job (anything else stops the bench, so a crash is never timed as a result), and what to put in
 * place before each run, untimed (`prepare`: e.g. a history file as it was).
 */
const command = (args, { extraEnv = {}, ok = [0], prepare } = {}) => ({ args, env: { ...env, ...extraEnv }, ok, prepare });

function time({ args, env: commandEnv, ok, prepare }) {
  prepare?.();
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env: commandEnv, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!ok.includes(result.status)) {
    throw new Error(`${args.join(' ')} exited ${result.status ?? result.signal}: ${result.stderr}`);
  }
  return ms;
}

/**
 * Runs every command once per round, rounds interleaved, so drift hits all alike. Gives each
 * command's median, and `pairedInterval(a, b)`: the median of a's time minus b's in the same
 * round, with its 95 % confidence interval. Options: `shuffle`, a new random order each round (no
 * command always follows the same one); `fastestOf: k`, each command k times a round, the order
 * reversed every other pass, and the round keeps each command's fastest run (see RECORD_ROUNDS);
 * `singleRuns(a, b)` is then the median of a − b over every pass of every round, fastest or not.
 */
function interleaved(commands, runs = RUNS, { shuffle = false, fastestOf = 1 } = {}) {
  const names = Object.keys(commands);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const passes = Object.fromEntries(names.map((name) => [name, []]));
  for (const c of Object.values(commands)) time(c); // warm the file cache
  for (let round = 0; round < runs; round++) {
    const order = shuffle ? shuffled(names) : names;
    const times = Object.fromEntries(names.map((name) => [name, []]));
    for (let pass = 0; pass < fastestOf; pass++) {
      for (const name of pass % 2 === 0 ? order : [...order].reverse()) times[name].push(time(commands[name]));
    }
    for (const name of names) {
      samples[name].push(Math.min(...times[name]));
      passes[name].push(...times[name]);
    }
  }
  const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  const differences = (values, a, b) => values[a].map((ms, i) => ms - values[b][i]);
  return {
    ...medians,
    pairedInterval: (a, b) => medianInterval(differences(samples, a, b)),
    singleRuns: (a, b) => median(differences(passes, a, b)),
  };
}

function shuffled(items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The median of `values` and a 95 % confidence interval for it that assumes nothing of their
 * distribution: the r-th smallest and the r-th largest, r = ⌊n/2 − 0.98·√n⌋ (the binomial's normal
 * approximation; for n = 63, r = 23, an exact coverage of 96.7 %). Too few values for one: null.
 */
function medianInterval(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const r = Math.floor(n / 2 - 0.98 * Math.sqrt(n));
  return { median: median(sorted), interval: r >= 1 ? [sorted[r - 1], sorted[n - r]] : null };
}

/** A folder of `count` profiles: the samples, copied with varied names. */
function profileFolder(count) {
  const dir = mkdtempSync(join(tmpdir(), 'limit-audit-bench-'));
  const samples = ['healthy', 'turnover-late', 'business-owner', 'distressed', 'freelancer', 'environment'];
  for (let i = 0; i < count; i++) {
    const name = samples[i % samples.length];
    cpSync(join(ROOT, 'profiles', `${name}.yaml`), join(dir, `${String(i).padStart(4, '0')}-${name}.yaml`));
  }
  return dir;
}

/**
 * The history rows (issue 17): the bench's sample recorded by `check --record`, in a folder of its
 * own, and histories made of its real snapshot line with the dates moved — a year of monthly audits
 * (what --record reads and writes), and 1,000 weekly ones (what progress reads).
 */
function historyFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'limit-audit-bench-history-'));
  const profile = join(dir, 'sample.yaml');
  cpSync(SAMPLE, profile);
  const recorded = spawnSync(process.execPath, [BIN, 'check', profile, '--record', '--fail-on', 'never'], { env, encoding: 'utf8' });
  if (recorded.status !== 0) throw new Error(`check --record exited ${recorded.status ?? recorded.signal}: ${recorded.stderr}`);
  const snapshot = JSON.parse(readFileSync(join(dir, 'sample.history.ndjson'), 'utf8'));
  const day = (i) => new Date(Date.UTC(2000, 0, 3) + i * 7 * 86_400_000).toISOString().slice(0, 10);
  const lineFor = (asOf) => {
    const from = new Date(Date.UTC(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)), 1)).toISOString().slice(0, 7);
    return `${JSON.stringify({ ...snapshot, asOf, projection: { ...snapshot.projection, from } })}\n`;
  };
  const year = Array.from({ length: 12 }, (_, i) => lineFor(`${Number(snapshot.asOf.slice(0, 4)) - 1}-${String(i + 1).padStart(2, '0')}-01`)).join('');
  const history = join(dir, 'sample.history.ndjson');
  const long = join(dir, 'long.history.ndjson');
  writeFileSync(long, Array.from({ length: 1000 }, (_, i) => lineFor(day(i))).join(''));
  return {
    dir,
    profile,
    long,
    /** Before each run: a year of audits without the sample's date (the record appends), or with it (the record rewrites). */
    newDate: () => writeFileSync(history, year),
    sameDate: () => writeFileSync(history, year + lineFor(snapshot.asOf)),
  };
}

/**
 * Serialising a report alone — JSON.stringify and UTF-8 encoding, the part of every ndjson line the
 * report's contract fixes — in process and warm, over the samples' reports as the CLI prints them
 * (parsed back into objects; the CLI encodes into one kept buffer, this into a new one each time).
 */
function reportSerialising() {
  const r = spawnSync(process.execPath, [BIN, 'check', join(ROOT, 'profiles'), '--format', 'ndjson', '--fail-on', 'never'], { env, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`check profiles/ exited ${r.status ?? r.signal}: ${r.stderr}`);
  const reports = r.stdout.trim().split('\n').map((line) => JSON.parse(line));
  const write = (n) => {
    let bytes = 0;
    for (let i = 0; i < n; i++) bytes += Buffer.from(`${JSON.stringify(reports[i % reports.length])}\n`).length;
    return bytes;
  };
  write(6000);
  const times = [];
  for (let round = 0; round < RUNS; round++) {
    const started = process.hrtime.bigint();
    write(6000);
    times.push(Number(process.hrtime.bigint() - started) / 1e6 / 6000);
  }
  return median(times);
}

/** The planner alone, in process: a 600-month plan with 50 debts. */
async function planWork() {
  const out = mkdtempSync(join(tmpdir(), 'limit-audit-bench-plan-'));
  await build({ entryPoints: [join(ROOT, 'src/plan/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(out, 'plan.mjs'), logLevel: 'error' });
  const plan = await import(join(out, 'plan.mjs'));
  // 50 interest-first (先息后本) loans due in month 600, with a budget below their interest: the plan
  // runs at the required payments and every balance falls due in the last month — 600 months, 50 debts.
  const debts = Array.from({ length: 50 }, (_, i) => ({
    name: `debt-${i}`,
    kind: i % 2 === 0 ? 'online_loan' : 'installment',
    lender: `lender-${i % 12}`,
    balanceFen: 2_000_000 + i * 10_000,
    apr: 0.05 + (i % 10) * 0.01,
    repayment: 'interest_first',
    monthsLeft: 600,
    overdue: false,
  }));
  const options = { share: 0.01, strategy: 'recovery', startMonth: '2026-12' };
  const incomeFen = 1_000_000;
  const firstStarted = process.hrtime.bigint();
  const first = plan.planRepayment(debts, incomeFen, options);
  const firstMs = Number(process.hrtime.bigint() - firstStarted) / 1e6;
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    plan.planRepayment(debts, incomeFen, options);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  rmSync(out, { recursive: true, force: true });
  return { months: first.schedule.length, payable: first.payable, first: firstMs, warm: median(times) };
}

/**
 * The true-APR solver (issue 19) alone, in process: the true rate of every debt of the sample
 * profiles and of `init`'s example (the one with fee instalments and an up-front fee), asked as a
 * check asks (the report's debts, debt/high-interest, debt/hidden-cost: three times a debt, the
 * first computing, the others memoised). Fresh copies each round, so every round solves again; the
 * first round runs cold code, as a single check does.
 */
async function aprWork() {
  const out = mkdtempSync(join(tmpdir(), 'limit-audit-bench-apr-'));
  await build({ entryPoints: [join(ROOT, 'src/plan/apr.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(out, 'apr.mjs'), logLevel: 'error' });
  const { debtRate } = await import(join(out, 'apr.mjs'));
  const { parse } = await import('yaml');
  const files = [
    ...readdirSync(join(ROOT, 'profiles')).filter((name) => name.endsWith('.yaml')).map((name) => join(ROOT, 'profiles', name)),
    join(ROOT, 'src/profile/example.yaml'),
  ];
  const debts = files.flatMap((file) => parse(readFileSync(file, 'utf8')).debts ?? []);
  const timed = () => {
    const copies = structuredClone(debts);
    const started = process.hrtime.bigint();
    for (const debt of copies) for (let k = 0; k < 3; k++) debtRate(debt);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const first = timed();
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(timed());
  rmSync(out, { recursive: true, force: true });
  return { debts: debts.length, fee: debts.filter((d) => d.repayment === 'fee_installment' || d.upfront_fee !== undefined).length, first, warm: median(times) };
}

/**
 * Drawing one table, in process, through drawTable and cli-table3 built as the CLI builds it
 * (scripts/cli-table3-patch.mjs): the diagnosis table's shape (severity, finding, clears-by) with a
 * 40-line Chinese cell (unchanged, cli-table3 took ~1.8 s for such a cell), and the longest plan
 * schedule, 600 months × 5 debts (4,800 cells).
 */
async function tableWork() {
  const out = mkdtempSync(join(tmpdir(), 'limit-audit-bench-table-'));
  await build({ entryPoints: [join(ROOT, 'src/report/grid.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(out, 'table.mjs'), plugins: [cliTable3Patch], logLevel: 'error' });
  const { drawTable } = await import(join(out, 'table.mjs'));
  const sentence = '借呗已冻结且当前逾期47天，先用其他还款结清全部逾期金额并保留凭证，再联系平台申请恢复额度；';
  const cell = Array.from({ length: 40 }, (_, i) => sentence.slice(0, 12 + (i % 10))).join('\n');
  const diagnosis = { head: ['严重程度', '发现 → 建议', '何时消除'], rows: [['严重\n信用行为', cell, '2027-05-01']], widths: [8, 44, 10] };
  const months = Array.from({ length: 600 }, (_, i) => [`${2027 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, '30,000.00', '25,122.84', '6,073.75', '4,393.00', '17,938.08', '7,627.30', '83,527.67']);
  const schedule = { head: ['月份', '借呗', '京东金条', '花呗', '老乡借款', '建设银行信用卡', '当月还款', '剩余'], rows: months, aligns: ['left', ...Array(7).fill('right')] };
  const timed = (spec) => {
    const started = process.hrtime.bigint();
    drawTable(spec);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const first = timed(diagnosis);
  const warm = median(Array.from({ length: RUNS }, () => timed(diagnosis)));
  timed(schedule);
  const scheduleWarm = median(Array.from({ length: RUNS }, () => timed(schedule)));
  rmSync(out, { recursive: true, force: true });
  return { first, warm, scheduleWarm };
}

const fmt = (ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)} ×`;
const signed = (ms) => `${ms < 0 ? '−' : '+'}${fmt(Math.abs(ms))}`;
/** A record row's figure: the median difference of the rounds' fastest runs, its 95 % interval, and the median difference of single runs. */
const overItsCheck = ({ median: ms, interval }, single) =>
  `${signed(ms)} its check (95 %: ${interval ? `${signed(interval[0])} to ${signed(interval[1])}` : 'too few rounds'}; single runs ${signed(single)})`;

console.error(`limit-audit bench: ${RUNS} interleaved runs per command…`);
const loadBefore = loadavg()[0];
const folder = profileFolder(1000);
// The floor under every command: Node running a file at all, and Node loading our code — the
// launcher reading dist/cli.cjs and compiling it from its code cache (LIMIT_AUDIT_LOAD_ONLY=1, which
// exits 3 if V8 did not take the cache) — before any of it runs.
const floorDir = mkdtempSync(join(tmpdir(), 'limit-audit-bench-floor-'));
writeFileSync(join(floorDir, 'empty.cjs'), '');
const folderCheck = (dir) => command([BIN, 'check', dir, '--format', 'ndjson', '--fail-on', 'never']);
const history = historyFiles();
const startup = interleaved({
  node: command(['-e', '0']),
  emptyFile: command([join(floorDir, 'empty.cjs')]),
  loadOnly: command([BIN, 'check', SAMPLE, '--json'], { extraEnv: { LIMIT_AUDIT_LOAD_ONLY: '1' } }),
  version: command([BIN, '--version']),
  // A finding at or above the default --fail-on is exit 1: the check still did its job.
  checkJson: command([BIN, 'check', SAMPLE, '--json'], { ok: [0, 1] }),
  checkTable: command([BIN, 'check', SAMPLE], { ok: [0, 1] }),
  // The HTML page: its own bundle (d3 inside) read and run on top of a check.
  checkHtml: command([BIN, 'check', SAMPLE, '--format', 'html'], { ok: [0, 1] }),
  // The loan calculator: its own bundle, the IRR of a 12-period fee instalment.
  apr: command([BIN, 'apr', '--amount', '10000', '--months', '12', '--fee-rate', '0.006', '--json']),
  // Issue 17: the roadmap's 36 months against one check of the same profile.
  checkBusySample: command([BIN, 'check', BUSY_SAMPLE, '--json'], { ok: [0, 1] }),
  roadmapJson: command([BIN, 'roadmap', BUSY_SAMPLE, '--json']),
  folder: folderCheck(folder),
  progress: command([BIN, 'progress', history.long, '--json']),
  progressProfile: command([BIN, 'progress', history.profile, '--history', history.long, '--json']),
  whatif5: command([BIN, 'whatif', BUSY_SAMPLE, '--scenario', WHATIF_SCENARIOS, '--json']),
});
rmSync(floorDir, { recursive: true, force: true });

// What --record adds (issue 17: under 5 ms) is a few ms between two ~90 ms commands, and on this
// shared machine single runs stray by tens of ms (one round's difference between the two ranged
// from −29 to +41 ms, 5th to 95th percentile of 150 rounds). So it has a phase of its own:
// RECORD_ROUNDS rounds, in each of which every command runs FASTEST_OF times (a random order, reversed
// on the second pass), each run after the same preparation (the history put back as it was), and
// the round keeps each command's fastest run — what interference on a shared machine does is add
// time, never take it away. The row is the median of the rounds' differences between the record
// and a check of the same profile file, with its 95 % confidence interval; beside it, the median
// difference of single runs. The fastest of several also keeps the record's own luckiest run: a
// same-date record's two fsyncs vary by themselves, so for that row the single runs say more.
const RECORD_ROUNDS = Number(process.env.BENCH_RECORD_ROUNDS ?? RUNS * 3);
/** Runs of each record-phase command in a round, of which the round keeps the fastest. */
const FASTEST_OF = 3;
const recording = interleaved(
  {
    checkRecorded: command([BIN, 'check', history.profile, '--json'], { ok: [0, 1], prepare: history.newDate }),
    recordNew: command([BIN, 'check', history.profile, '--json', '--record'], { ok: [0, 1], prepare: history.newDate }),
    recordSame: command([BIN, 'check', history.profile, '--json', '--record'], { ok: [0, 1], prepare: history.sameDate }),
  },
  RECORD_ROUNDS,
  { shuffle: true, fastestOf: FASTEST_OF },
);
rmSync(history.dir, { recursive: true, force: true });

// What a profile costs once the process has run for a while: 1,000 against 3,000 profiles, fewer runs
// (these are long), interleaved with each other.
const longRuns = Math.max(3, Math.round(RUNS / 4));
const bigFolder = profileFolder(3000);
const marginal = interleaved({ small: folderCheck(folder), big: folderCheck(bigFolder) }, longRuns);
const warmProfileMs = (marginal.big - marginal.small) / 2000;
const serialisingMs = reportSerialising();
rmSync(folder, { recursive: true, force: true });
rmSync(bigFolder, { recursive: true, force: true });
const planResult = await planWork();
const tableResult = await tableWork();
const aprResult = await aprWork();

let importRow = null;
try {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/bench-import.mjs'), '--json', '--dist', '--runs', String(Math.min(RUNS, 11))], { env, encoding: 'utf8', maxBuffer: 1 << 26 });
  // --dist: the CLI users run, just built above. Exit 1 means "over the limit", still a measurement;
  // the last line is the JSON.
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  if (last.startsWith('{')) importRow = JSON.parse(last);
  else console.error(`bench-import failed: ${r.stderr}`);
} catch (error) {
  console.error(`bench-import skipped: ${error.message}`);
}

const rows = [
  ['`node -e 0` (baseline)', fmt(startup.node), '1.00 ×', ''],
  ['floor: `node empty.cjs` (any bin file)', fmt(startup.emptyFile), ratio(startup.emptyFile, startup.node), ''],
  ['floor: loading the CLI (launcher + bundle from its code cache), no work', fmt(startup.loadOnly), ratio(startup.loadOnly, startup.node), ''],
  ['left for a check’s own work within 1.25 × node', fmt(1.25 * startup.node - startup.loadOnly), '', ''],
  ['`limit-audit --version`', fmt(startup.version), ratio(startup.version, startup.node), '≤ 1.10 × node'],
  ['`limit-audit check sample.yaml --json`', fmt(startup.checkJson), ratio(startup.checkJson, startup.node), '≤ 1.25 × node'],
  ['`limit-audit check sample.yaml` (table)', fmt(startup.checkTable), ratio(startup.checkTable, startup.node), ''],
  ['`limit-audit check sample.yaml --format html`', fmt(startup.checkHtml), ratio(startup.checkHtml, startup.node), ''],
  ['`limit-audit apr --amount 10000 --months 12 --fee-rate 0.006 --json`', fmt(startup.apr), ratio(startup.apr, startup.node), '≤ check --json'],
  ['`limit-audit roadmap turnover-late.yaml --json` (36 months)', fmt(startup.roadmapJson), `${ratio(startup.roadmapJson, startup.checkBusySample)} its check`, '≤ 1.5 × one check'],
  ['`limit-audit check DIR --format ndjson` (1,000 profiles)', fmt(startup.folder), `${ratio(startup.folder, startup.checkJson)} one check`, '≤ 8 × one check'],
  ['per profile after start-up', fmt((startup.folder - startup.checkJson) / 999), '', '≪ 1 ms'],
  [`\`check sample.yaml --json\` of the profile recorded below (its copy in a folder of its own; the fastest of ${FASTEST_OF} runs, median of ${RECORD_ROUNDS} rounds)`, fmt(recording.checkRecorded), '', ''],
  ['`check sample.yaml --json --record`, a new date (appended to a year of audits; the same rounds)', fmt(recording.recordNew), overItsCheck(recording.pairedInterval('recordNew', 'checkRecorded'), recording.singleRuns('recordNew', 'checkRecorded')), '< +5 ms over one check'],
  ['`check sample.yaml --json --record`, its date again (the history rewritten; the same rounds)', fmt(recording.recordSame), overItsCheck(recording.pairedInterval('recordSame', 'checkRecorded'), recording.singleRuns('recordSame', 'checkRecorded')), ''],
  ['`limit-audit progress history --json` (1,000 snapshots)', fmt(startup.progress), `${ratio(startup.progress, startup.checkJson)} one check`, '≤ 1.5 × one check'],
  ['`limit-audit progress sample.yaml --json` (audited now + 1,000 snapshots)', fmt(startup.progressProfile), `${ratio(startup.progressProfile, startup.checkJson)} one check`, ''],
  ['`limit-audit whatif turnover-late.yaml --scenario` (5 scenarios) `--json`', fmt(startup.whatif5), `${ratio(startup.whatif5, startup.checkBusySample)} its check`, '≤ 2 × one check'],
  ['per profile, the 1,001st to the 3,000th (a warmer process)', fmt(warmProfileMs), `${longRuns} runs`, ''],
  ['serialising one report alone (JSON.stringify + UTF-8, warm, in process)', fmt(serialisingMs), '', ''],
  [`plan: ${planResult.months} months × 50 debts, first call (cold code)`, fmt(planResult.first), '', '< 50 ms'],
  [`plan: ${planResult.months} months × 50 debts, warm`, fmt(planResult.warm), '', '< 50 ms'],
  [`true APR of the ${aprResult.debts} debts of the samples and init's example (${aprResult.fee} with fees), as checks ask, first call (cold code)`, fmt(aprResult.first), `${ratio(aprResult.first, startup.checkJson)} one check`, 'unmeasurable in a check'],
  ['the same, warm', fmt(aprResult.warm), '', ''],
  ['table: one with a 40-line cell (cli-table3 as built, in process), first call (cold code)', fmt(tableResult.first), '', ''],
  ['table: one with a 40-line cell, warm', fmt(tableResult.warm), '', ''],
  ['table: a 600-month plan schedule (4,800 cells), warm', fmt(tableResult.scheduleWarm), '', ''],
];
if (importRow) {
  rows.push([`import: ${importRow.rows} Alipay rows`, fmt(importRow.importMs), `${(importRow.importMs / importRow.baselineMs).toFixed(2)} × read+decode+split`, '≤ 3 ×']);
  rows.push(['import: peak memory', `${importRow.peakRssMb.toFixed(0)} MB`, '', '< 200 MB']);
}

// The load average says how quiet the machine was: ratios hold up under load better than times do,
// but a loaded 2-core machine still stretches the short runs more than bare Node.
const load = `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}; ${load}`;
const table = ['| measurement | median | ratio | target |', '| --- | ---: | ---: | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
console.log(`${machine}\n\n${table}`);

const docPath = join(ROOT, 'docs/benchmarks.md');
let doc;
try {
  doc = readFileSync(docPath, 'utf8');
} catch {
  doc = '# Benchmarks\n\n<!-- bench:start -->\n<!-- bench:end -->\n';
}
const generated = `<!-- bench:start -->\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}; ${RUNS} interleaved runs, medians (the record rows: the fastest of ${FASTEST_OF} runs in each of ${RECORD_ROUNDS} rounds).\n\n${table}\n<!-- bench:end -->`;
doc = doc.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, generated);
mkdirSync(join(ROOT, 'docs'), { recursive: true });
writeFileSync(docPath, doc);
console.error(`wrote ${docPath}`);

#!/usr/bin/env node
// Speed and memory of `limit-audit import` (issue 9): a synthetic 200,000-row Alipay app export
// (GBK, current layout) must import in at most 3 × the time a plain Node script needs to read,
// decode and split the same file into lines, with peak memory under 200 MB.
//
//   node scripts/bench-import.mjs [--rows 200000] [--runs 7] [--dist]
//
// Every command runs as a whole process (start-up included), interleaved with the others in a
// rotating order; the medians of wall-clock time are compared. Peak memory is each child's own
// maxRSS, and its CPU time (user + system, all threads) is printed beside: on a busy machine wall
// time moves with the load, and CPU time shows what the process itself needed. Both are reported
// by a tiny preload hook. By default the importer is bundled from src/ with esbuild (so the figure
// is for the code as it is now); --dist runs the built CLI (bin/limit-audit.js).
//
// Scratch files go to a directory of this run's own under .tmp_bench/ (other runs may be going at
// the same time); the generated export is shared, and replaced only whole (written aside, renamed).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const LIMIT_RATIO = 3; // issue 9
const LIMIT_RSS_MB = 200; // issue 9

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = join(root, '.tmp_bench');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const rows = option('--rows', 200_000);
const runs = option('--runs', 7);
const useDist = args.includes('--dist');

const runDir = join(tmp, `run-${process.pid}`);
mkdirSync(runDir, { recursive: true });
process.on('exit', () => rmSync(runDir, { recursive: true, force: true }));
const billPath = join(tmp, `alipay-${rows}.csv`);
process.stderr.write(`generating ${rows} rows …\n`);
generateAlipayExport(`${billPath}.${process.pid}`, rows);
renameSync(`${billPath}.${process.pid}`, billPath);
const sizeMb = statSync(billPath).size / 1048576;

// The references. "Plain" is what the issue names: read the file, decode it, split it into lines —
// readFileSync, one TextDecoder call, split. The streamed variants do the same in chunks; with
// 64 KB chunks (Node's default for file streams) they are the fastest way we know, and the
// strictest comparison, so it is printed too.
const baselines = {
  plain: `import { readFileSync } from 'node:fs';
const lines = new TextDecoder('gb18030').decode(readFileSync(process.argv[2])).split('\\n');
process.stdout.write(String(lines.length) + '\\n');
`,
  'streamed 64 KB': streamed(64 * 1024),
  'streamed 1 MB': streamed(1024 * 1024),
};
function streamed(chunk) {
  return `import { createReadStream } from 'node:fs';
const decoder = new TextDecoder('gb18030');
let carry = '';
let lines = 0;
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: ${chunk} })) {
  const parts = (carry + decoder.decode(chunk, { stream: true })).split('\\n');
  carry = parts.pop();
  lines += parts.length;
}
carry += decoder.decode();
if (carry !== '') lines++;
process.stdout.write(String(lines) + '\\n');
`;
}
const baselinePaths = Object.fromEntries(
  Object.entries(baselines).map(([name, code], i) => {
    const path = join(runDir, `baseline-${i}.mjs`);
    writeFileSync(path, code);
    return [name, path];
  }),
);

// Reports the process's peak resident set size (Linux: kilobytes) and CPU time (µs) on exit.
const hookPath = join(runDir, 'usage-hook.mjs');
writeFileSync(
  hookPath,
  `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\n__maxrss_kb=' + u.maxRSS + ' __cpu_us=' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n`,
);

const esbuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  loader: { '.yaml': 'text' },
  // Some CommonJS dependencies call require(); give the ESM bundle one (as build.mjs does).
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  logLevel: 'silent',
};
let importCommand;
let importer;
if (useDist) {
  importCommand = [join(root, 'bin', 'limit-audit.js'), 'import', billPath, '--lang', 'en'];
  importer = 'dist (the built CLI)';
} else {
  // The whole CLI, each command in a chunk loaded when it runs (as build.mjs splits it; --dist runs
  // build.mjs's own output). If another command's code does not build at the moment, fall back
  // to a bundle of the import command alone (same code path, no commander).
  try {
    await build({ ...esbuildOptions, entryPoints: { cli: join(root, 'src', 'cli', 'entry.ts') }, outdir: join(runDir, 'cli'), splitting: true, chunkNames: 'chunks/[name]-[hash]' });
    importCommand = [join(runDir, 'cli', 'cli.js'), 'import', billPath, '--lang', 'en'];
    importer = 'esbuild bundle of the CLI (src/cli/entry.ts)';
  } catch {
    const entryPath = join(runDir, 'import-entry.ts');
    writeFileSync(
      entryPath,
      `import { runImportCommand } from ${JSON.stringify(join(root, 'src', 'cli', 'import.ts'))};
const ctx = {
  lang: 'en' as const, color: false, columns: 80, stdinIsTTY: false, stdoutIsTTY: false,
  out: (s: string) => void process.stdout.write(s), err: (s: string) => void process.stderr.write(s),
  today: () => '2026-11-13',
};
runImportCommand({ bills: [process.argv[2]!], months: 6, yes: false }, ctx).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => { process.stderr.write(String(error) + '\\n'); process.exitCode = 2; },
);
`,
    );
    const bundlePath = join(runDir, 'import-bundle.mjs');
    await build({ ...esbuildOptions, entryPoints: [entryPath], outfile: bundlePath });
    importCommand = [bundlePath, billPath];
    importer = 'esbuild bundle of src/cli/import.ts alone (the full CLI did not build)';
  }
}

function run(scriptArgs) {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', hookPath, ...scriptArgs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (child.status !== 0) {
    process.stderr.write(child.stderr);
    throw new Error(`${scriptArgs.join(' ')} exited with ${child.status}`);
  }
  const kb = Number(/__maxrss_kb=(\d+)/.exec(child.stderr)?.[1] ?? NaN);
  const cpuUs = Number(/__cpu_us=(\d+)/.exec(child.stderr)?.[1] ?? NaN);
  return { ms, rssMb: kb / 1024, cpuMs: cpuUs / 1000 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

process.stderr.write(`file: ${billPath} (${sizeMb.toFixed(1)} MB)\nwarming up …\n`);
const commands = { ...Object.fromEntries(Object.entries(baselinePaths).map(([name, path]) => [name, [path, billPath]])), import: importCommand };
const names = Object.keys(commands);
for (const name of names) run(commands[name]);
const results = Object.fromEntries(names.map((name) => [name, []]));
for (let i = 0; i < runs; i++) {
  // Interleaved, and the order rotates so that no command always runs first or on a warmer machine.
  const order = names.map((_, k) => names[(k + i) % names.length]);
  for (const name of order) results[name].push(run(commands[name]));
  process.stderr.write(`run ${i + 1}/${runs}: ${order.map((name) => `${name} ${results[name].at(-1).ms.toFixed(0)} ms`).join(', ')}\n`);
}
const med = Object.fromEntries(names.map((name) => [name, median(results[name].map((r) => r.ms))]));
const cpu = Object.fromEntries(names.map((name) => [name, median(results[name].map((r) => r.cpuMs))]));
const peak = Object.fromEntries(names.map((name) => [name, Math.max(...results[name].map((r) => r.rssMb))]));
const importMs = med.import;
const ratio = (name) => importMs / med[name];
const fastest = Object.keys(baselines).reduce((a, b) => (med[a] <= med[b] ? a : b));
const ok = ratio('plain') <= LIMIT_RATIO && peak.import < LIMIT_RSS_MB;
const lines = [
  `rows: ${rows}, file: ${sizeMb.toFixed(1)} MB, runs: ${runs} (interleaved, medians of whole processes), importer: ${importer}`,
  ...names.map(
    (name) =>
      `${name.padEnd(16)} ${med[name].toFixed(0).padStart(6)} ms   CPU ${cpu[name].toFixed(0).padStart(5)} ms   peak RSS ${peak[name].toFixed(0).padStart(4)} MB${name === 'import' ? '' : `   import ÷ this = ${ratio(name).toFixed(2)} ×`}`,
  ),
  `ratio to the plain script: ${ratio('plain').toFixed(2)} × (limit ${LIMIT_RATIO} ×); to the fastest reference (${fastest}): ${ratio(fastest).toFixed(2)} ×`,
  `CPU time, import ÷ plain script: ${(cpu.import / cpu.plain).toFixed(2)} × (for information: the limit is on wall-clock time)`,
  `peak RSS of the import: ${peak.import.toFixed(0)} MB (limit ${LIMIT_RSS_MB} MB)`,
  ok ? 'OK' : 'OVER',
  '',
];
process.stdout.write(lines.join('\n'));
// `--json`: one more line for scripts/bench.mjs (npm run bench), which folds it into its table.
if (args.includes('--json')) {
  process.stdout.write(
    `${JSON.stringify({ rows, importMs, baselineMs: med.plain, fastestMs: med[fastest], peakRssMb: peak.import, importCpuMs: cpu.import, baselineCpuMs: cpu.plain })}\n`,
  );
}
process.exitCode = ok ? 0 : 1;

/* ---- the synthetic export ---- */
/** GB18030 two-byte table, built by decoding every two-byte code once (Node has no GBK encoder). */
function gbkTable() {
  const pairs = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  }
  const text = new TextDecoder('gb18030').decode(Uint8Array.from(pairs));
  const table = new Map();
  for (let i = 0; i < text.length; i++) if (!table.has(text[i])) table.set(text[i], [pairs[2 * i], pairs[2 * i + 1]]);
  return table;
}

function encoder() {
  const table = gbkTable();
  return (text) => {
    const out = [];
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      if (code < 0x80) out.push(code);
      else {
        const bytes = table.get(ch);
        if (!bytes) throw new Error(`no GBK code for ${ch}`);
        out.push(bytes[0], bytes[1]);
      }
    }
    return Buffer.from(out);
  };
}

/** A deterministic pseudo-random sequence (the file is the same on every run). */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function generateAlipayExport(path, count) {
  const encode = encoder();
  const rand = random(20261113);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const cache = new Map();
  const enc = (text) => {
    let bytes = cache.get(text);
    if (!bytes) {
      bytes = encode(text);
      if (cache.size < 50_000) cache.set(text, bytes);
    }
    return bytes;
  };
  const merchants = [
    ['餐饮美食', '肯德基', '午餐套餐'],
    ['餐饮美食', '星巴克', '拿铁咖啡'],
    ['餐饮美食', '美团外卖', '晚餐配送'],
    ['日用百货', '永辉超市', '周末采购'],
    ['日用百货', '淘宝个人店铺', '收纳盒'],
    ['交通出行', '滴滴出行', '快车'],
    ['交通出行', '北京市政交通一卡通', '公交出行费用'],
    ['充值缴费', '中国移动', '话费充值'],
    ['服饰装扮', '优衣库官方旗舰店', '羽绒服'],
    ['数码电器', '小米商城', '充电器'],
    ['文化休闲', '淘票票', '电影票'],
    ['医疗健康', '大药房', '感冒药'],
  ];
  const methods = ['余额', '花呗', '招商银行储蓄卡(1234)', '余额宝', '花呗&红包', '交通银行信用卡(7449)'];
  const end = Date.UTC(2026, 9, 31, 23, 59, 59);
  const start = Date.UTC(2025, 10, 1);
  const stepMs = (end - start) / count;
  const fd = openSync(path, 'w');
  const chunks = [];
  let pendingBytes = 0;
  const write = (buffer) => {
    chunks.push(buffer);
    pendingBytes += buffer.length;
    if (pendingBytes > 4 * 1024 * 1024) flush();
  };
  const flush = () => {
    const joined = Buffer.concat(chunks);
    writeSync(fd, joined);
    chunks.length = 0;
    pendingBytes = 0;
  };
  const preamble = [
    '------------------------------------------------------------------------------------',
    '导出信息：',
    '姓名：张三',
    '支付宝账户：zhang***@example.com',
    '起始时间：[2025-11-01 00:00:00]    终止时间：[2026-10-31 23:59:59]',
    '导出交易类型：[全部]',
    '导出时间：[2026-11-01 09:12:52]',
    `共${count}笔记录`,
    '收入：0笔 0.00元',
    '支出：0笔 0.00元',
    '不计收支：0笔 0.00元',
    '',
    '特别提示：',
    '1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；',
    '2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；',
    '3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；',
    '4.本回单如经任何涂改、编造，均立即失去效力；',
    '5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；',
    '6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；',
    '7.禁止将本回单用于非法用途；',
    '8.本明细仅展示当前账单中的交易，不包括已删除的记录；',
    '9.本明细仅供个人对账使用。',
    '',
    '------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------',
    '交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,',
  ];
  write(enc(preamble.join('\r\n') + '\r\n'));
  const pad = (n) => String(n).padStart(2, '0');
  const recent = [];
  for (let i = 0; i < count; i++) {
    // Newest first, as the app exports.
    const t = new Date(end - i * stepMs);
    const time = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
    const id = `${time.slice(0, 10).replace(/-/g, '')}22001${String(100000000000 + i).padStart(15, '0')}`;
    const merchantId = `T200P${String(i).padStart(12, '0')}`;
    const r = rand();
    let fields;
    if (r < 0.68) {
      const [category, peer, item] = pick(merchants);
      const amount = (rand() < 0.02 ? 2000 + rand() * 8000 : 1 + rand() * 300).toFixed(2);
      fields = [time, category, peer, 'mer***@example.com', item, '支出', amount, pick(methods), rand() < 0.95 ? '交易成功' : '等待确认收货', `${id}\t`, `${merchantId}\t`, ''];
      recent.push([id, amount]);
      if (recent.length > 50) recent.shift();
    } else if (r < 0.72 && recent.length > 0) {
      const [origId, amount] = pick(recent);
      fields = [time, '退款', '淘宝个人店铺', 'mer***@example.com', '退款-收纳盒', '不计收支', amount, '余额', '退款成功', `${origId}_${i}\t`, `${merchantId}\t`, ''];
    } else if (r < 0.75) {
      const [category, peer, item] = pick(merchants);
      fields = [time, category, peer, '/', item, '不计收支', (1 + rand() * 100).toFixed(2), '', '交易关闭', `${id}\t`, `${merchantId}\t`, ''];
    } else if (r < 0.84) {
      fields = [time, '转账红包', pick(['李四', '王五', '赵六']), '138******00', '转账', '收入', (10 + rand() * 3000).toFixed(2), '余额', '交易成功', `${id}\t`, '\t', ''];
    } else if (r < 0.9) {
      fields = [time, '投资理财', '天弘基金管理有限公司', '/', pick(['余额宝-2026.01.01-收益发放', '余额宝-单次转入', '蚂蚁财富-某指数C-买入']), '不计收支', (rand() * 500).toFixed(2), '余额宝', '交易成功', `${id}\t`, '\t', ''];
    } else if (r < 0.93) {
      fields = [time, '信用借还', '花呗', '/', pick(['花呗主动还款-2026年07月账单', '花呗自动还款', '借呗还款']), '不计收支', (100 + rand() * 2000).toFixed(2), '招商银行储蓄卡(1234)', '还款成功', `${id}\t`, '\t', ''];
    } else if (r < 0.935) {
      fields = [time, '信用借还', '借呗', '/', '借呗借款-放款至余额', '不计收支', (1000 + rand() * 9000).toFixed(2), '', '交易成功', `${id}\t`, '\t', ''];
    } else {
      fields = [time, '充值缴费', '支付宝', '/', pick(['充值-普通充值', '提现-实时提现']), '不计收支', (100 + rand() * 1000).toFixed(2), '招商银行储蓄卡(1234)', '交易成功', `${id}\t`, '\t', ''];
    }
    write(enc(fields.join(',') + ',\r\n'));
  }
  flush();
  closeSync(fd);
}

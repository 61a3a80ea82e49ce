/**
 * Guards for start-up cost (issue 7): the start-up path must stay small.
 * `import { z } from 'zod/mini'` pulls the whole namespace (≈430 KB) into the bundle;
 * `import * as z from 'zod/mini'` lets esbuild keep only what is used (≈30 KB).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ptyCommand } from './cli/run';
import { tempDir } from './temp';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('bundle hygiene', () => {
  it('no module imports the zod namespace object as a value', () => {
    const offenders = sources('src').filter((file) => /import\s*\{\s*z\s*\}\s*from\s*'zod(\/mini)?'/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('no module imports full zod; zod/mini only', () => {
    const offenders = sources('src').filter((file) => /from\s*'zod'/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

/**
 * What a `check --json` of a valid profile loads, read off the built CLI (`npm test` builds first):
 * Node's own modules and the bundles required. A preload script records them at exit.
 */
describe('the start-up path of the built CLI', () => {
  const probe = join(tempDir('la-probe-'), 'probe.cjs');
  writeFileSync(
    probe,
    `process.on('exit', () => require('fs').writeFileSync(process.env.PROBE_OUT, JSON.stringify({ builtins: process.moduleLoadList, files: Object.keys(require.cache) })));\n`,
  );
  function loaded(args: string[], input?: string): { builtins: string[]; files: string[] } {
    const out = `${probe}.${args.join('_').replace(/\W/g, '')}.json`;
    const result = spawnSync(process.execPath, ['-r', probe, 'bin/limit-audit.js', ...args], {
      env: { PATH: process.env.PATH, PROBE_OUT: out, NO_COLOR: '1', LIMIT_AUDIT_LANG: 'en' },
      input,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).not.toBe(null);
    return JSON.parse(readFileSync(out, 'utf8'));
  }
  const bundles = (files: string[]) => files.filter((f) => f.includes('/dist/')).map((f) => f.slice(f.lastIndexOf('/') + 1));

  it('check --json: only the main bundle, and none of the stream, network, child-process, readline or ES-module machinery', () => {
    const { builtins, files } = loaded(['check', 'profiles/healthy.yaml', '--json']);
    expect(bundles(files)).toEqual([]); // dist/cli.cjs is compiled by the launcher through vm.Script, not require
    // The launcher takes Module from its own `module`: require('node:module') loads the ES module loader and source maps.
    const esm = ['NativeModule module', 'NativeModule internal/modules/esm/loader', 'NativeModule internal/source_map/source_map'];
    for (const heavy of ['NativeModule net', 'NativeModule stream', 'NativeModule child_process', 'NativeModule readline', 'NativeModule internal/fs/promises', 'NativeModule tty', ...esm]) {
      expect(builtins).not.toContain(heavy);
    }
  });
  it('a valid profile never loads zod: the main bundle holds none, the generated validator checks it', () => {
    expect(readFileSync('dist/cli.cjs', 'utf8')).not.toContain('_zod');
  });
  it('an invalid profile loads the schema and the precise YAML path, bundles of their own', () => {
    const { files } = loaded(['check', '-'], 'version: 1\nincome: {monthly: x}\ndebts: []\n');
    expect(bundles(files).sort()).toEqual(['precise.cjs', 'profile-schema.cjs']);
  });
  it('whatif is a bundle of its own that no check loads; its scenario schema (zod) loads only with --scenario', () => {
    for (const args of [['check', 'profiles/turnover-late.yaml'], ['check', 'profiles/turnover-late.yaml', '--json'], ['plan', 'profiles/turnover-late.yaml']]) {
      expect(bundles(loaded(args).files).filter((bundle) => bundle.startsWith('whatif'))).toEqual([]);
    }
    expect(readFileSync('dist/cli.cjs', 'utf8')).not.toContain('refinanceName');
    expect(bundles(loaded(['whatif', 'profiles/turnover-late.yaml', '--pay', '借呗=1000', '--json']).files)).toEqual(['whatif.cjs']);
    expect(bundles(loaded(['whatif', 'profiles/turnover-late.yaml', '--scenario', 'test/fixtures/whatif/turnover.yaml', '--json']).files).sort()).toEqual(['whatif-scenario.cjs', 'whatif.cjs']);
  });
  it('the table view asks whether stdout is a terminal (colour, width) through node:tty only when it could be one: never for a pipe or /dev/null', () => {
    // node:tty loads node:net and the stream machinery; chalk's own colour detection, which loaded it on import, is left out (build.mjs).
    const heavy = ['NativeModule tty', 'NativeModule net', 'NativeModule os'];
    const piped = loaded(['check', 'profiles/healthy.yaml']).builtins;
    for (const name of heavy) expect(piped).not.toContain(name);
    const out = `${probe}.devnull.json`;
    const toDevNull = spawnSync(process.execPath, ['-r', probe, 'bin/limit-audit.js', 'check', 'profiles/healthy.yaml'], {
      env: { PATH: process.env.PATH, PROBE_OUT: out, NO_COLOR: '1', LIMIT_AUDIT_LANG: 'en' },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    expect(toDevNull.status).toBe(0);
    const devNull = JSON.parse(readFileSync(out, 'utf8')).builtins as string[];
    for (const name of heavy) expect(devNull).not.toContain(name);
    // At a terminal (a real pseudo-terminal) node:tty answers, and the report is the terminal's.
    const pty = `${probe}.pty.json`;
    const terminal = ptyCommand([process.execPath, '-r', probe, 'bin/limit-audit.js', 'check', 'profiles/healthy.yaml']);
    const atTerminal = spawnSync(terminal.command, terminal.args, {
      env: { PATH: process.env.PATH, PROBE_OUT: pty, NO_COLOR: '1', LIMIT_AUDIT_LANG: 'en', TERM: 'xterm' },
      encoding: 'utf8',
    });
    expect(atTerminal.status, atTerminal.stderr).toBe(0);
    expect(JSON.parse(readFileSync(pty, 'utf8')).builtins).toContain('NativeModule tty');
  });
  it('chalk still sets up its default instances from #supports-color, which the build replaces (when this fails, chalkWithoutDetection in build.mjs no longer applies)', () => {
    expect(readFileSync('node_modules/chalk/source/index.js', 'utf8')).toContain("import supportsColor from '#supports-color';");
    expect(readFileSync('node_modules/chalk/source/vendor/supports-color/index.js', 'utf8')).toContain("import tty from 'node:tty';");
  });
  it('no view uses chalk\'s default instances, whose colour detection the build leaves out: each makes new Chalk({ level }) from our own decision', () => {
    // Every import from chalk, by file: each may name the Chalk class (and its types), nothing else.
    const imports = sources('src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/import\s+([^;]*?)\s+from\s+'chalk'/g)].map((m) => ({ file, names: m[1]! })));
    expect(imports.length).toBeGreaterThan(0);
    const allowed = /^\{\s*Chalk(?:\s*,\s*type\s+ChalkInstance)?\s*\}$/;
    expect(imports.filter(({ names }) => !allowed.test(names))).toEqual([]);
  });
  it('cli-table3 and the views are bundles of their own, required only by the views that draw them', () => {
    expect(bundles(loaded(['check', 'profiles/turnover-late.yaml']).files).sort()).toEqual(['cli-table3.cjs', 'table.cjs']);
    expect(bundles(loaded(['plan', 'profiles/turnover-late.yaml']).files).sort()).toEqual(['cli-table3.cjs', 'plan-view.cjs']);
    expect(bundles(loaded(['check', 'profiles/turnover-late.yaml', '--format', 'markdown']).files)).toEqual(['markdown.cjs']);
    // Nothing of it in the main bundle, which every check reads: its code is in dist/cli-table3.cjs only.
    expect(readFileSync('dist/cli.cjs', 'utf8')).not.toContain('colSpan');
    expect(readFileSync('dist/cli-table3.cjs', 'utf8')).toContain('colSpan');
  });
  it('the HTML pages (with d3) and the terminal charts (with asciichart) are bundles of their own, read only when used', () => {
    // check --json reads neither (the first test: no bundle at all), and the main bundle holds none of their code.
    const text = (bundle: string) => readFileSync(`dist/${bundle}`, 'utf8');
    // Strings only each library holds: the page's policy, d3-color's named colours (d3-scale interpolates through it), asciichart's name.
    const markers = { 'html.cjs': ['Content-Security-Policy', 'aliceblue'], 'chart.cjs': ['asciichart', 'aliceblue'] } as const;
    for (const [bundle, words] of Object.entries(markers)) {
      for (const word of words) {
        expect(text(bundle).includes(word), `${bundle} holds ${word}`).toBe(true);
        expect(text('cli.cjs').includes(word), `cli.cjs holds ${word}`).toBe(false);
      }
    }
    expect(bundles(loaded(['check', 'profiles/turnover-late.yaml', '--format', 'html']).files)).toEqual(['html.cjs']);
    expect(bundles(loaded(['plan', 'profiles/turnover-late.yaml', '--format', 'html']).files)).toEqual(['html.cjs']);
    expect(bundles(loaded(['plan', 'profiles/turnover-late.yaml', '--chart']).files).sort()).toEqual(['chart.cjs', 'cli-table3.cjs', 'plan-view.cjs']);
    expect(bundles(loaded(['plan', 'profiles/turnover-late.yaml', '--json']).files)).toEqual([]);
  });
  it('the apr calculator is a bundle of its own: a check never loads it, apr --json loads nothing else', () => {
    expect(bundles(loaded(['check', 'profiles/turnover-late.yaml', '--json']).files)).toEqual([]);
    expect(bundles(loaded(['apr', '--amount', '10000', '--months', '12', '--fee-rate', '0.006', '--json']).files)).toEqual(['apr.cjs']);
    // Its texts are in dist/apr.cjs only; the solver the audit uses is in the main bundle.
    expect(readFileSync('dist/cli.cjs', 'utf8')).not.toContain('the true cost of this loan');
    expect(readFileSync('dist/apr.cjs', 'utf8')).toContain('the true cost of this loan');
  });

  it('the history (issue 17) is bundles of its own: nothing of it on the path of a check', () => {
    // Nothing of --record or progress in the main bundle every check reads and compiles.
    const main = readFileSync('dist/cli.cjs', 'utf8');
    for (const marker of ['historyVersion', 'progressVersion', '.lock']) expect(main, marker).not.toContain(marker);
    expect(readFileSync('dist/record.cjs', 'utf8')).toContain('historyVersion');
    // check --record runs the main bundle with the record built in (build.mjs), and loads no other.
    expect(readFileSync('dist/cli-record.cjs', 'utf8')).toContain('historyVersion');
    expect(readFileSync('dist/progress.cjs', 'utf8')).toContain('progressVersion');
    // --record loads its bundle only; progress its own, and cli-table3 only to draw a table; neither loads zod.
    const dir = tempDir('la-probe-history-');
    copyFileSync('profiles/healthy.yaml', join(dir, 'my.yaml'));
    const record = loaded(['check', join(dir, 'my.yaml'), '--json', '--record']);
    expect(bundles(record.files)).toEqual([]);
    // The lock's host name comes from /proc on Linux, not node:os (src/cli/history-file.ts).
    if (process.platform === 'linux') expect(record.builtins).not.toContain('NativeModule os');
    expect(bundles(loaded(['progress', join(dir, 'my.history.ndjson'), '--json']).files)).toEqual(['progress.cjs']);
    expect(bundles(loaded(['progress', join(dir, 'my.history.ndjson')]).files).sort()).toEqual(['cli-table3.cjs', 'progress-views.cjs', 'progress.cjs']);
    // The views (chalk, the report's words) are not in the bundle a `progress --json` reads.
    for (const marker of ['option should be an integer from 0 to 3', 'Limit health score']) {
      expect(readFileSync('dist/progress-views.cjs', 'utf8'), marker).toContain(marker);
      expect(readFileSync('dist/progress.cjs', 'utf8'), marker).not.toContain(marker);
    }
    for (const bundle of ['record.cjs', 'cli-record.cjs', 'progress.cjs']) expect(readFileSync(`dist/${bundle}`, 'utf8'), bundle).not.toContain('_zod');
  });

  it('the roadmap\'s document and views are a bundle of their own, which no check loads (issue 17)', () => {
    // A check that names its review month by one projected month (turnover-late) loads none either:
    // the projection is in the main bundle.
    for (const args of [['check', 'profiles/healthy.yaml', '--json'], ['check', 'profiles/turnover-late.yaml', '--json'], ['check', 'profiles/turnover-late.yaml', '--format', 'markdown']]) {
      expect(bundles(loaded(args).files), args.join(' ')).not.toContain('roadmap.cjs');
    }
    expect(bundles(loaded(['roadmap', 'profiles/turnover-late.yaml', '--json']).files)).toEqual(['roadmap.cjs']);
    expect(bundles(loaded(['roadmap', 'profiles/turnover-late.yaml']).files).sort()).toEqual(['cli-table3.cjs', 'roadmap.cjs']);
    // Its page: the roadmap's bundle and the HTML pages' (d3), nothing else; whatif's page likewise.
    expect(bundles(loaded(['roadmap', 'profiles/turnover-late.yaml', '--format', 'html']).files).sort()).toEqual(['html.cjs', 'roadmap.cjs']);
    expect(bundles(loaded(['whatif', 'profiles/turnover-late.yaml', '--extra', '800', '--format', 'html']).files).sort()).toEqual(['html.cjs', 'whatif.cjs']);
    expect(readFileSync('dist/roadmap.cjs', 'utf8')).toContain('roadmap');
  });
  it('every bundle is ASCII, so V8 holds its source as one-byte text (one other character doubles it: ~370 KB more to read and keep for the main one)', () => {
    const files = readdirSync('dist').filter((name) => name.endsWith('.cjs'));
    expect(files).toContain('cli.cjs');
    expect(files).toContain('import.cjs');
    const offenders = files.flatMap((file) => {
      const source = readFileSync(join('dist', file), 'latin1');
      return [...source.matchAll(/[^\x00-\x7f]+/g)].map((m) => `${file}: ${source.slice(Math.max(0, m.index - 40), m.index + 20)}`);
    });
    expect(offenders).toEqual([]);
  });
  it('esbuild still copies non-ASCII regular-expression literals as they are (evanw/esbuild#4205), and escapes them everywhere else: the premise of scripts/ascii-bundle.mjs', async () => {
    // When the first expectation fails, esbuild escapes regular expressions itself and the build's
    // ASCII step (and the hand-written \uFF1A in src/cli/main.ts) can go.
    const { transform } = await import('esbuild');
    const { code } = await transform('export const r = /^(\\S*：) /; export const s = "万"; export const t = `¥${r}`; export const 元 = 1;', { charset: 'ascii', minify: true, format: 'cjs' });
    expect(code).toContain('/^(\\S*：) /');
    // Everything non-ASCII left is inside that regular expression.
    expect(code.replace('/^(\\S*：) /', '')).toMatch(/^[\x00-\x7f]*$/);
  });
  it('an escaped regular expression matches what the original matches, with and without the u flag, astral characters too', async () => {
    const { asciiOnly } = await import('../scripts/ascii-bundle.mjs');
    const sources = ['^(¥|CNY|RMB)', '(万|w)$', '[：:]\\s*', '^💰+$', '[💰元]'];
    const samples = ['¥12', 'CNY 3', '1.2万', '3w', '：x', ':y', '💰💰', '元', '💰', 'x', '\uD83D'];
    for (const source of sources) {
      for (const flags of ['', 'u', 'i']) {
        const escaped = asciiOnly(source);
        expect(escaped).toMatch(/^[\x00-\x7f]*$/);
        const original = new RegExp(source, flags);
        const copy = new RegExp(escaped, flags);
        for (const sample of samples) expect([source, flags, sample, copy.exec(sample)?.[0]]).toEqual([source, flags, sample, original.exec(sample)?.[0]]);
      }
    }
  });
  it('V8 accepts the code cache the build made (a rejected cache costs ~25 ms of every start, silently)', () => {
    // LIMIT_AUDIT_LOAD_ONLY=1: the launcher loads the bundle as every run does, runs none of it, and
    // exits 3 unless V8 took the cache (also scripts/bench.mjs's load floor).
    const result = spawnSync(process.execPath, ['bin/limit-audit.js', 'check', 'profiles/healthy.yaml'], {
      env: { PATH: process.env.PATH, LIMIT_AUDIT_LOAD_ONLY: '1' },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
  it('every bundle a command loads later is compiled with its own code cache, and V8 accepts each', () => {
    const dir = tempDir('la-caches-');
    const history = join(dir, 'h.ndjson');
    const runs = [
      ['check', 'profiles/turnover-late.yaml', '--fail-on', 'never'],
      ['check', 'profiles/turnover-late.yaml', '--json', '--fail-on', 'never', '--record', '--history', history, '--as-of', '2026-10-01'],
      ['check', 'profiles/turnover-late.yaml', '--json', '--fail-on', 'never', '--record', '--history', history, '--as-of', '2026-11-01'],
      ['progress', history, '--json'],
      ['progress', history, '--format', 'markdown'],
      ['roadmap', 'profiles/turnover-late.yaml'],
      ['whatif', 'profiles/turnover-late.yaml', '--extra', '500', '--json'],
      ['apr', '--amount', '6000', '--months', '6', '--fee-rate', '0.6%', '--json'],
      ['check', 'profiles/healthy.yaml', '--format', 'html', '--fail-on', 'never'],
      ['plan', 'profiles/turnover-late.yaml', '--chart'],
    ];
    const seen = new Set<string>();
    for (const args of runs) {
      const result = spawnSync(process.execPath, ['bin/limit-audit.js', ...args], {
        env: { PATH: process.env.PATH, LIMIT_AUDIT_CACHE_REPORT: '1', LIMIT_AUDIT_LANG: 'en', NO_COLOR: '1' },
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
      const line = result.stderr.split('\n').find((l) => l.startsWith('code cache: '));
      for (const entry of line!.slice('code cache: '.length).split(', ')) {
        expect(entry, args.join(' ')).toMatch(/ accepted$/);
        seen.add(entry.split(' ')[0]!);
      }
    }
    expect([...seen].sort()).toEqual(['apr.cjs', 'chart.cjs', 'cli-record.cjs', 'cli-table3.cjs', 'cli.cjs', 'html.cjs', 'plan-view.cjs', 'progress-views.cjs', 'progress.cjs', 'roadmap.cjs', 'table.cjs', 'whatif.cjs']);
  });
  it('without a built bundle the launcher says so in one line, in the user\'s language, exit 2', () => {
    const bin = join(tempDir('la-unbuilt-'), 'bin');
    mkdirSync(bin);
    for (const file of ['limit-audit.js', 'argv.cjs', 'package.json']) copyFileSync(join('bin', file), join(bin, file));
    const en = 'limit-audit: the CLI is not built yet; run `npm install` or `npm run build` first.\n';
    const zh = 'limit-audit：命令尚未构建；请先运行 `npm install` 或 `npm run build`。\n';
    // The language as the CLI resolves it (bin/argv.cjs): --lang, then LIMIT_AUDIT_LANG (zh or en), then the locale.
    for (const [args, env, text] of [
      [[], { LIMIT_AUDIT_LANG: 'en' }, en],
      [[], { LIMIT_AUDIT_LANG: 'zh' }, zh],
      [['--lang', 'zh'], { LIMIT_AUDIT_LANG: 'en' }, zh],
      [['--lang=en'], { LIMIT_AUDIT_LANG: 'zh' }, en],
      [[], { LIMIT_AUDIT_LANG: 'fr', LANG: 'zh_CN.UTF-8' }, zh],
      [[], { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, en],
    ] as const) {
      const result = spawnSync(process.execPath, [join(bin, 'limit-audit.js'), 'check', 'profiles/healthy.yaml', ...args], {
        env: { PATH: process.env.PATH, ...env },
        encoding: 'utf8',
      });
      expect(result.stderr, `${args.join(' ')} ${JSON.stringify(env)}`).toBe(text);
      expect(result.stdout).toBe('');
      expect(result.status).toBe(2);
    }
  });
});

#!/usr/bin/env node
/**
 * Generates src/profile/validate-profile.generated.ts from the zod profile schema (src/profile/schema.ts):
 * one plain function per schema node that answers "is this a valid profile?" and nothing else.
 *
 * Why (issue 7): building the zod schema and running it once in a cold engine is about half of what
 * a `check` of one profile costs after Node itself has started. The generated validator needs
 * neither; zod still reads every document it does not accept, and every message comes from there.
 * The schema stays the one source of truth: this script reads zod's own definitions, through
 * src/profile/zod-internals.ts only (zod is pinned to an exact version), and every custom check must
 * be a function exported by src/profile/values.ts, which the generated code calls by name. Anything
 * the script does not know how to translate stops it.
 *
 * The generated file is committed. `npm run generate` rewrites it; the build (build.mjs) never does:
 * it stops, naming that command, when the file is not what this script makes from the schema today
 * (so does `npm test`, which builds first). test/profile/validator.test.ts checks that it accepts
 * exactly what zod accepts.
 *
 * Usage: node scripts/generate-validator.mjs [--check]   (--check: exit 1, saying why, if the file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from './import-ts.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GENERATED_PATH = 'src/profile/validate-profile.generated.ts';
/** The command that regenerates the file (package.json). */
export const GENERATE_COMMAND = 'npm run generate';
export const GENERATED = join(ROOT, GENERATED_PATH);

/**
 * Loads the schema, the values module and the zod adapter from the source under `root`, in one
 * bundle so that functions keep their identity.
 */
function loadSchema(root) {
  return importTypeScript({
    stdin: {
      contents: "export * from './src/profile/schema'; export * as values from './src/profile/values'; export * as zod from './src/profile/zod-internals';",
      resolveDir: root,
      loader: 'ts',
    },
  });
}

/** The validator's source as generated from the schema under `root` (the repository by default). */
export async function generateValidatorSource(root = ROOT) {
  const mod = await loadSchema(root);
  const { zod } = mod;
  const fnNames = new Map(Object.entries(mod.values).filter(([, v]) => typeof v === 'function').map(([name, fn]) => [fn, name]));
  const constants = [];
  const functions = [];
  const names = new Map();

  const constant = (prefix, code) => {
    const name = `${prefix}${constants.length}`;
    constants.push(`const ${name} = ${code};`);
    return name;
  };
  const valuesFn = (fn, where) => {
    const name = fnNames.get(fn);
    if (name === undefined) throw new Error(`${where}: a custom check whose function is not exported by src/profile/values.ts`);
    return `values.${name}`;
  };

  /** The name of the function that validates `schema`, emitting it on first use. */
  function nodeFn(schema, where) {
    if (names.has(schema)) return names.get(schema);
    const name = `v${names.size}`;
    names.set(schema, name);
    const body = emitBody(schema, where);
    functions.push(`function ${name}(x: unknown): boolean {\n${body.map((line) => `  ${line}`).join('\n')}\n  return true;\n}`);
    return name;
  }

  function emitBody(schema, where) {
    const node = zod.readSchema(schema);
    const lines = [];
    switch (node.type) {
      case 'string':
        lines.push("if (typeof x !== 'string') return false;");
        break;
      case 'number':
        // zod 4 numbers are finite; z.int() is a safe integer.
        lines.push("if (typeof x !== 'number' || !Number.isFinite(x)) return false;");
        if (node.format === 'safeint') lines.push('if (!Number.isSafeInteger(x)) return false;');
        else if (node.format !== undefined) throw new Error(`${where}: number format ${node.format} is not supported`);
        break;
      case 'boolean':
        lines.push("if (typeof x !== 'boolean') return false;");
        break;
      case 'literal':
        lines.push(`if (${node.values.map((v) => `x !== ${JSON.stringify(v)}`).join(' && ')}) return false;`);
        break;
      case 'enum': {
        const set = constant('CHOICES', `new Set<unknown>(${JSON.stringify(node.values)})`);
        lines.push(`if (!${set}.has(x)) return false;`);
        break;
      }
      case 'array': {
        const element = nodeFn(node.element, `${where}[]`);
        lines.push('if (!Array.isArray(x)) return false;');
        lines.push(`for (const item of x) if (!${element}(item)) return false;`);
        break;
      }
      case 'object': {
        // Only strict objects: a plain zod object drops unknown keys, so its output is not its input.
        if (!node.strict) throw new Error(`${where}: only strictObject is supported`);
        const keys = Object.keys(node.shape);
        const known = constant('KEYS', `new Set<string>(${JSON.stringify(keys)})`);
        lines.push("if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;");
        lines.push('const o = x as Record<string, unknown>;');
        lines.push(`for (const key of Object.keys(o)) if (!${known}.has(key)) return false;`);
        for (const key of keys) {
          const field = zod.readSchema(node.shape[key]);
          const optional = field.type === 'optional';
          const fn = nodeFn(optional ? field.inner : node.shape[key], `${where}.${key}`);
          const access = `o[${JSON.stringify(key)}]`;
          lines.push(optional ? `if (${access} !== undefined && !${fn}(${access})) return false;` : `if (!${fn}(${access})) return false;`);
        }
        break;
      }
      default:
        throw new Error(`${where}: schema type ${node.type === 'other' ? node.name : node.type} is not supported`);
    }
    for (const check of node.checks) {
      switch (check.kind) {
        case 'greater_than':
          lines.push(`if (!((x as number) ${check.inclusive ? '>=' : '>'} ${check.value})) return false;`);
          break;
        case 'less_than':
          lines.push(`if (!((x as number) ${check.inclusive ? '<=' : '<'} ${check.value})) return false;`);
          break;
        case 'min_length':
          lines.push(`if ((x as { length: number }).length < ${check.value}) return false;`);
          break;
        case 'max_length':
          lines.push(`if ((x as { length: number }).length > ${check.value}) return false;`);
          break;
        case 'regex':
          lines.push(`if (!${constant('PATTERN', String(check.pattern))}.test(x as string)) return false;`);
          break;
        case 'refine':
          lines.push(`if (!${valuesFn(check.fn, where)}(x as never)) return false;`);
          break;
        case 'record':
          // A record-level check (schema.ts recordCheck): valid when it reports nothing.
          lines.push(`{`, `  const sink = { issues: [] as unknown[] };`, `  ${valuesFn(check.fn, where)}(x as never, sink);`, `  if (sink.issues.length > 0) return false;`, `}`);
          break;
        default:
          throw new Error(`${where}: check ${check.name} is not supported`);
      }
    }
    return lines;
  }

  const entry = nodeFn(mod.profileSchema, 'profile');
  return `// GENERATED by scripts/generate-validator.mjs from src/profile/schema.ts: do not edit.
// Run \`${GENERATE_COMMAND}\` after changing the schema, and commit this file.
/**
 * Whether a parsed document is a valid profile, by every rule of profileSchema — without building
 * the zod schema. For the start-up path only: a document it refuses goes to zod for the messages.
 */
import * as values from './values';

${constants.join('\n')}

export function isValidProfile(value: unknown): boolean {
  return ${entry}(value);
}

${functions.join('\n\n')}
`;
}

/** What the script makes from the schema under `root`, and the committed file (undefined if there is none). */
async function generatedState(root) {
  const source = await generateValidatorSource(root);
  let current;
  try {
    current = readFileSync(join(root, GENERATED_PATH), 'utf8');
  } catch {
    /* not generated yet */
  }
  return { source, current };
}

/**
 * Why the committed file under `root` is not current, in one line naming the command that fixes
 * it; undefined when it is current. The build never rewrites the file: a schema change has to
 * show up as a change to the generated file in the same commit.
 */
export async function staleGenerated(root = ROOT) {
  const { source, current } = await generatedState(root);
  if (current === undefined) return `${GENERATED_PATH} is missing: run \`${GENERATE_COMMAND}\` and commit it`;
  if (current !== source) return `${GENERATED_PATH} is stale (src/profile/schema.ts or its generator changed): run \`${GENERATE_COMMAND}\` and commit it`;
  return undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    const stale = await staleGenerated();
    if (stale !== undefined) {
      console.error(stale);
      process.exit(1);
    }
  } else {
    const { source, current } = await generatedState(ROOT);
    if (current !== source) {
      writeFileSync(GENERATED, source);
      console.error(`wrote ${GENERATED_PATH}`);
    }
  }
}

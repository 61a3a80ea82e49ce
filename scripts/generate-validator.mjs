#!/usr/bin/env node
/**
 * Generates src/profile/validate-profile.generated.ts from the zod profile schema (src/profile/schema.ts):
 * one plain function per schema node that answers "is this a valid profile?" and nothing else.
 *
 * Why (issue 7): building the zod schema and running it once in a cold engine is about half of what
 * a `check` of one profile costs after Node itself has started. The generated validator needs
 * neither; zod still reads every document it does not accept, and every message comes from there.
 * The schema stays the one source of truth: this script reads zod's own definitions, and every
 * custom check must be a function exported by src/profile/values.ts, which the generated code calls
 * by name. Anything the script does not know how to translate stops the build.
 *
 * `npm run build` runs it (build.mjs); test/profile/validator.test.ts checks that the committed file
 * is what it generates, and that it accepts exactly what zod accepts.
 *
 * Usage: node scripts/generate-validator.mjs [--check]   (--check: exit 1 if the file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from './import-ts.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const GENERATED = join(ROOT, 'src/profile/validate-profile.generated.ts');

/** Loads the schema and the values module from source, in one bundle so that functions keep their identity. */
function loadSchema() {
  return importTypeScript({
    stdin: { contents: "export * from './src/profile/schema'; export * as values from './src/profile/values';", resolveDir: ROOT, loader: 'ts' },
  });
}

export async function generateValidatorSource() {
  const mod = await loadSchema();
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
    const def = schema._zod.def;
    const lines = [];
    switch (def.type) {
      case 'string':
        lines.push("if (typeof x !== 'string') return false;");
        break;
      case 'number':
        // zod 4 numbers are finite; z.int() is a safe integer.
        lines.push("if (typeof x !== 'number' || !Number.isFinite(x)) return false;");
        if (def.format === 'safeint') lines.push('if (!Number.isSafeInteger(x)) return false;');
        else if (def.format !== undefined) throw new Error(`${where}: number format ${def.format} is not supported`);
        break;
      case 'boolean':
        lines.push("if (typeof x !== 'boolean') return false;");
        break;
      case 'literal':
        lines.push(`if (${def.values.map((v) => `x !== ${JSON.stringify(v)}`).join(' && ')}) return false;`);
        break;
      case 'enum': {
        const set = constant('CHOICES', `new Set<unknown>(${JSON.stringify(Object.values(def.entries))})`);
        lines.push(`if (!${set}.has(x)) return false;`);
        break;
      }
      case 'array': {
        const element = nodeFn(def.element, `${where}[]`);
        lines.push('if (!Array.isArray(x)) return false;');
        lines.push(`for (const item of x) if (!${element}(item)) return false;`);
        break;
      }
      case 'object': {
        // Only strict objects: a plain zod object drops unknown keys, so its output is not its input.
        if (def.catchall?._zod.def.type !== 'never') throw new Error(`${where}: only strictObject is supported`);
        const keys = Object.keys(def.shape);
        const known = constant('KEYS', `new Set<string>(${JSON.stringify(keys)})`);
        lines.push("if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;");
        lines.push('const o = x as Record<string, unknown>;');
        lines.push(`for (const key of Object.keys(o)) if (!${known}.has(key)) return false;`);
        for (const key of keys) {
          let field = def.shape[key];
          const optional = field._zod.def.type === 'optional';
          if (optional) field = field._zod.def.innerType;
          const fn = nodeFn(field, `${where}.${key}`);
          const access = `o[${JSON.stringify(key)}]`;
          lines.push(optional ? `if (${access} !== undefined && !${fn}(${access})) return false;` : `if (!${fn}(${access})) return false;`);
        }
        break;
      }
      default:
        throw new Error(`${where}: schema type ${def.type} is not supported`);
    }
    for (const check of def.checks ?? []) {
      const c = check._zod.def;
      switch (c.check) {
        case 'greater_than':
          lines.push(`if (!((x as number) ${c.inclusive ? '>=' : '>'} ${c.value})) return false;`);
          break;
        case 'less_than':
          lines.push(`if (!((x as number) ${c.inclusive ? '<=' : '<'} ${c.value})) return false;`);
          break;
        case 'min_length':
          lines.push(`if ((x as { length: number }).length < ${c.minimum}) return false;`);
          break;
        case 'max_length':
          lines.push(`if ((x as { length: number }).length > ${c.maximum}) return false;`);
          break;
        case 'string_format':
          if (c.format !== 'regex') throw new Error(`${where}: string format ${c.format} is not supported`);
          lines.push(`if (!${constant('PATTERN', String(c.pattern))}.test(x as string)) return false;`);
          break;
        case 'custom':
          if (c.type === 'custom') {
            // z.refine: a predicate.
            lines.push(`if (!${valuesFn(c.fn, where)}(x as never)) return false;`);
          } else {
            // A record-level check (schema.ts recordCheck): valid when it reports nothing.
            lines.push(`{`, `  const sink = { issues: [] as unknown[] };`, `  ${valuesFn(c.fn, where)}(x as never, sink);`, `  if (sink.issues.length > 0) return false;`, `}`);
          }
          break;
        default:
          throw new Error(`${where}: check ${c.check} is not supported`);
      }
    }
    return lines;
  }

  const root = nodeFn(mod.profileSchema, 'profile');
  return `// GENERATED by scripts/generate-validator.mjs from src/profile/schema.ts: do not edit.
// Run \`npm run build\` (or \`node scripts/generate-validator.mjs\`) after changing the schema.
/**
 * Whether a parsed document is a valid profile, by every rule of profileSchema — without building
 * the zod schema. For the start-up path only: a document it refuses goes to zod for the messages.
 */
import * as values from './values';

${constants.join('\n')}

export function isValidProfile(value: unknown): boolean {
  return ${root}(value);
}

${functions.join('\n\n')}
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = await generateValidatorSource();
  let current = '';
  try {
    current = readFileSync(GENERATED, 'utf8');
  } catch {
    /* not generated yet */
  }
  if (process.argv.includes('--check')) {
    if (current !== source) {
      console.error(`${GENERATED} is stale: run node scripts/generate-validator.mjs`);
      process.exit(1);
    }
  } else if (current !== source) {
    writeFileSync(GENERATED, source);
    console.error(`wrote ${GENERATED}`);
  }
}

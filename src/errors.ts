/**
 * The one error family. Anything a user did wrong is a UserError carrying its exit code and a
 * message already in the user's language; the CLI's top-level handler prints it as lines on
 * stderr (never a stack trace). Anything else reaching the top is an internal bug.
 */

/**
 * The shipped CLI is several bundles (build.mjs: the commands a user runs rarely — the questionnaire,
 * import, the precise YAML path — are loaded from bundles of their own), and each bundle has its own
 * copy of these classes. So `instanceof` goes by a mark every error of the family carries — the
 * names of its classes — rather than by the class object itself.
 */
const FAMILY = 'limitAuditErrorKinds';

function kindsOf(value: unknown): readonly string[] {
  if (typeof value !== 'object' || value === null) return [];
  const kinds = (value as Record<string, unknown>)[FAMILY];
  return Array.isArray(kinds) ? (kinds as string[]) : [];
}

function mark(error: Error, kind: string): void {
  Object.defineProperty(error, FAMILY, { value: [...kindsOf(error), kind], configurable: true });
}

export class UserError extends Error {
  static readonly kind: string = 'UserError';
  static override [Symbol.hasInstance](value: unknown): boolean {
    return kindsOf(value).includes(this.kind);
  }
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
    mark(this, UserError.kind);
  }
}

/** One located problem in an input file: `file:line:col path: message`. */
export interface LocatedIssue {
  line?: number;
  col?: number;
  /** A field path such as `debts[0].balance`; empty for the whole document. */
  path: string;
  message: string;
}

/** Invalid input (profile, config, macro snapshot): exit 2, one line per issue. */
export class InputError extends UserError {
  static override readonly kind: string = 'InputError';
  readonly source: string;
  readonly issues: LocatedIssue[];
  constructor(source: string, issues: LocatedIssue[]) {
    super(issues.map((issue) => formatIssue(source, issue)).join('\n'), 2);
    this.name = 'InputError';
    mark(this, InputError.kind);
    this.source = source;
    this.issues = issues;
  }
}

/**
 * A problem with a whole input rather than a field of it (it cannot be read, is empty, is not
 * text…): `<source>: <message>`, or `<source>:<line>:1: <message>` when a line is known.
 */
export function fileProblem(source: string, message: string, line?: number): InputError {
  return new InputError(source, [{ path: '', message, ...(line !== undefined ? { line } : {}) }]);
}

/** The user pressed Ctrl-C (or the questionnaire was cancelled): exit 130, nothing written. */
export class InterruptedError extends UserError {
  static override readonly kind: string = 'InterruptedError';
  constructor(message = '') {
    super(message, 130);
    this.name = 'InterruptedError';
    mark(this, InterruptedError.kind);
  }
}

export function formatIssue(source: string, issue: LocatedIssue): string {
  const where = issue.line !== undefined ? `${source}:${issue.line}:${issue.col ?? 1}` : source;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

/**
 * The one error family. Anything a user did wrong is a UserError carrying its exit code and a
 * message already in the user's language; the CLI's top-level handler prints it as lines on
 * stderr (never a stack trace). Anything else reaching the top is an internal bug.
 */

export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
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
  readonly source: string;
  readonly issues: LocatedIssue[];
  constructor(source: string, issues: LocatedIssue[]) {
    super(issues.map((issue) => formatIssue(source, issue)).join('\n'), 2);
    this.name = 'InputError';
    this.source = source;
    this.issues = issues;
  }
}

/** The user pressed Ctrl-C (or the questionnaire was cancelled): exit 130, nothing written. */
export class InterruptedError extends UserError {
  constructor(message = '') {
    super(message, 130);
    this.name = 'InterruptedError';
  }
}

export function formatIssue(source: string, issue: LocatedIssue): string {
  const where = issue.line !== undefined ? `${source}:${issue.line}:${issue.col ?? 1}` : source;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

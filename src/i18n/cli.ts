/**
 * The command-line layer's own texts (src/cli): failures of files and streams, what a command says
 * besides its report, the internal-error line. Both languages define every key: `satisfies` and the
 * type of `zh` make a missing translation a compile error. Help texts: help.ts; profile loading:
 * messages.ts; the report: report.ts.
 */
import type { Lang } from './lang';

/** Why a file-system call failed, by error code, for the codes a user can do something about. */
type Reasons = Readonly<Partial<Record<string, string>>>;

const en = {
  internalError: (detail: string) => `limit-audit: internal error: ${detail}\nThis is a bug in limit-audit; please report it with the command you ran.`,
  stdinOnce: 'standard input (-) can be read only once',
  folderWithoutProfiles: 'the folder holds no .yaml, .yml or .json profile',
  /** Reading an input: after "cannot be read: ". */
  readReasons: {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system',
  } as Reasons,
  /** Writing a file or standard output. */
  writeReasons: {
    ENOENT: 'the folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EIO: 'input/output error',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is a file, not a folder',
  } as Reasons,
  cannotBeWritten: (code: string) => `cannot be written (${code})`,
  alreadyExists: (path: string) => `${path} already exists; not overwritten. Use --force to replace it`,
  stdoutClosed: 'standard output is closed',
  outputFailed: (reason: string) => `limit-audit: the output could not be written to standard output: ${reason}`,
  initWritten: (file: string) =>
    `Wrote ${file}. Fill it in following the comments, then run: limit-audit check ${file}\nEditor completion: limit-audit schema > profile.schema.json`,
  unknownSchema: (which: string, suggestion: string | undefined) =>
    `limit-audit schema: unknown "${which}"; choose profile, report, roadmap, history, progress or whatif${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
  rulesTurnedOff: (ids: string) => `turned off by the config: ${ids}`,
  /** `months`: whole months between the dates; `more`: and some days besides. */
  asOfFarFromProfile: (source: string, asOf: string, profileAsOf: string, months: number, more: boolean, later: boolean) =>
    `limit-audit: warning: ${source}: --as-of ${asOf} is ${more ? 'more than ' : ''}${months} months ${later ? 'after' : 'before'} the profile's as_of (${profileAsOf}): windows and the plan count from ${asOf}, but the figures describe ${profileAsOf}. Update the profile, or check the date.`,
};

export type CliText = typeof en;

const zh: CliText = {
  internalError: (detail) => `limit-audit：内部错误：${detail}\n这是 limit-audit 的缺陷，请附上所用命令报告给我们。`,
  stdinOnce: '标准输入（-）只能读取一次',
  folderWithoutProfiles: '文件夹中没有 .yaml、.yml 或 .json 档案',
  readReasons: {
    EACCES: '没有权限',
    EPERM: '没有权限',
    ENOSPC: '磁盘空间不足',
    EROFS: '只读文件系统',
  },
  writeReasons: {
    ENOENT: '目标文件夹不存在',
    EACCES: '没有写入权限',
    EPERM: '没有写入权限',
    EROFS: '只读文件系统，无法写入',
    ENOSPC: '磁盘空间不足',
    EDQUOT: '超出磁盘配额',
    EIO: '输入/输出错误',
    EISDIR: '是一个目录',
    ENOTDIR: '路径中有一段是文件而不是文件夹',
  },
  cannotBeWritten: (code) => `无法写入（${code}）`,
  alreadyExists: (path) => `${path} 已存在；未覆盖。如需替换请加 --force`,
  stdoutClosed: '标准输出已关闭',
  outputFailed: (reason) => `limit-audit：输出无法写入标准输出：${reason}`,
  initWritten: (file) => `已写入 ${file}。请按注释填写，然后运行：limit-audit check ${file}\n编辑器补全：limit-audit schema > profile.schema.json`,
  unknownSchema: (which, suggestion) => `limit-audit schema：未知的 "${which}"；可选 profile、report、roadmap、history、progress 或 whatif${suggestion ? `（是否想写 ${suggestion}？）` : ''}`,
  rulesTurnedOff: (ids) => `已被配置关闭：${ids}`,
  asOfFarFromProfile: (source, asOf, profileAsOf, months, more, later) =>
    `limit-audit：警告：${source}：--as-of ${asOf} 比档案的 as_of（${profileAsOf}）${later ? '晚' : '早'}${more ? '超过' : ''} ${months} 个月：时间窗口和还款计划从 ${asOf} 起算，而档案中的数字描述的是 ${profileAsOf}。请更新档案，或检查日期。`,
};

const catalogue: Record<Lang, CliText> = { en, zh };

export function cliText(lang: Lang): CliText {
  return catalogue[lang];
}

/**
 * Messages about a history file — `check --record` writing it, `progress` reading it — in zh and
 * en. Both languages define every key: the type of `zh` makes a missing translation a compile
 * error. The progress views' texts are progress.ts's.
 */
import type { Lang } from './lang';

const en = {
  historyRequired: '--record needs --history FILE when the profile comes from standard input or the questionnaire: there is no profile file to keep the history beside',
  historyOneProfile: '--history names one history, for one profile: give one profile, or leave --history out to keep each profile\'s history beside it',
  historyWithoutRecord: '--history is used with --record (to read a history: limit-audit progress FILE)',
  progressStdinNeedsHistory: 'progress - reads the profile from standard input: give its history with --history FILE (there is no profile file to find it beside)',
  recorded: (date: string, path: string, count: number) => `recorded the audit of ${date} in ${path} (${count === 1 ? '1 audit' : `${count} audits`})`,
  replaced: (date: string, path: string, count: number) => `replaced the audit of ${date} in ${path} (${count === 1 ? '1 audit' : `${count} audits`})`,
  skippedLine: (path: string, line: number, why: string) => `${path}:${line}: ${why}; skipped (the line is left as it is)`,
  skipReason: {
    not_json: () => 'not valid JSON (cut short, or edited by hand?)',
    not_snapshot: () => 'not a limit-audit snapshot',
    newer_version: (version: number) => `written by a newer limit-audit (historyVersion ${version})`,
    invalid: (field: string) => `the snapshot's ${field || 'content'} is missing or wrong`,
    duplicate_date: (date: string, kept: number) => `a second snapshot of ${date}; line ${kept} is used`,
  },
  otherProfileOnRecord: (path: string, date: string) =>
    `warning: ${path} seems to belong to another profile: its last audit (${date}) has no debt or credit-line name in common with this one; recorded anyway`,
  otherProfile: (path: string, from: string, to: string) =>
    `warning: ${path}: the audit of ${to} has no debt or credit-line name in common with the one of ${from}: the history seems to hold another profile's audits`,
  locked: (path: string, holder: string, seconds: number) =>
    `${path}: another limit-audit (${holder}) is writing this history; waited ${seconds} s. Try again; if no limit-audit is running, delete ${path}.lock`,
  waiting: (path: string, holder: string) => `waiting for another limit-audit (${holder}) to finish writing ${path}…`,
  readOnly: (path: string) => `${path}: the history is read-only; nothing recorded (make it writable, or choose another file with --history)`,
  notAFile: (path: string) => `${path}: not a regular file; a history is a file that each record reads and appends to (choose one with --history)`,
  missing: (path: string) => `${path}: no history here; record audits into it with: limit-audit check PROFILE --record`,
  empty: (path: string) => `${path}: the history is empty: no audit recorded yet (limit-audit check PROFILE --record)`,
  notAHistory: (path: string) => `${path}: not a limit-audit history (no line is a snapshot)`,
  newerHistory: (path: string, version: number) =>
    `${path}: written by a newer limit-audit (historyVersion ${version}); this version reads historyVersion 1 — update limit-audit to read it`,
};

export type HistoryText = typeof en;

const zh: HistoryText = {
  historyRequired: '从标准输入或问答审查时，--record 需要 --history 文件：没有档案文件可以在其旁边保存历史记录',
  historyOneProfile: '--history 只对应一个档案的历史记录：请只给一个档案，或去掉 --history，让每个档案的历史记录保存在各自旁边',
  historyWithoutRecord: '--history 需与 --record 一起使用（查看历史记录：limit-audit progress 文件）',
  progressStdinNeedsHistory: 'progress - 从标准输入读取档案：请用 --history 文件 指明其历史记录（没有档案文件可以在其旁边查找）',
  recorded: (date, path, count) => `已把 ${date} 的审查记录到 ${path}（共 ${count} 次审查）`,
  replaced: (date, path, count) => `已替换 ${path} 中 ${date} 的审查（共 ${count} 次审查）`,
  skippedLine: (path, line, why) => `${path}:${line}：${why}；已跳过（该行保持原样）`,
  skipReason: {
    not_json: () => '不是有效的 JSON（被截断，或被手动修改？）',
    not_snapshot: () => '不是 limit-audit 快照',
    newer_version: (version) => `由更新版本的 limit-audit 写入（historyVersion ${version}）`,
    invalid: (field) => `快照的 ${field || '内容'} 缺失或有误`,
    duplicate_date: (date, kept) => `${date} 的第二份快照；使用第 ${kept} 行`,
  },
  otherProfileOnRecord: (path, date) => `警告：${path} 似乎属于另一个档案：其最近一次审查（${date}）与本档案没有任何相同的债务或额度名称；仍已记录`,
  otherProfile: (path, from, to) => `警告：${path}：${to} 的审查与 ${from} 的审查没有任何相同的债务或额度名称：该历史记录似乎混入了另一个档案的审查`,
  locked: (path, holder, seconds) =>
    `${path}：另一个 limit-audit（${holder}）正在写入此历史记录；已等待 ${seconds} 秒。请重试；如果没有 limit-audit 在运行，请删除 ${path}.lock`,
  waiting: (path, holder) => `正在等待另一个 limit-audit（${holder}）写完 ${path}……`,
  readOnly: (path) => `${path}：历史记录为只读；未记录（请改为可写，或用 --history 选择其他文件）`,
  notAFile: (path) => `${path}：不是普通文件；历史记录须是每次记录都读取并追加的文件（请用 --history 选择一个）`,
  missing: (path) => `${path}：此处没有历史记录；记录审查请运行：limit-audit check 档案 --record`,
  empty: (path) => `${path}：历史记录为空，尚未记录任何审查（limit-audit check 档案 --record）`,
  notAHistory: (path) => `${path}：不是 limit-audit 历史记录（没有任何一行是快照）`,
  newerHistory: (path, version) => `${path}：由更新版本的 limit-audit 写入（historyVersion ${version}）；本版本只能读取 historyVersion 1，请升级 limit-audit`,
};

const catalogue: Record<Lang, HistoryText> = { en, zh };

export function historyText(lang: Lang): HistoryText {
  return catalogue[lang];
}

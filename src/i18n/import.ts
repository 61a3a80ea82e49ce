/**
 * Every string the bill importer and `limit-audit import` show, in en and zh. zh is typed from en,
 * so a missing translation is a compile error (as in src/i18n/messages.ts).
 *
 * The catalogue imports nothing but the language, so src/i18n never depends on src/import. Tables
 * keyed by an importer value (formats, kinds, archive problems, warnings) are indexed with those
 * typed values by the code that shows them (`textOf` for the coded ones), so a value without a
 * text there is a compile error at the place that shows it.
 */
import type { Lang } from './lang';

const mb = (bytes: number): string => String(Math.round(bytes / 1024 / 1024));

type Fn = (...args: never[]) => string | readonly string[];
type Entry = Fn | { readonly [key: string]: Fn | string };

const en = {
  /* reading */
  emptyFile: () => 'the file is empty',
  isDirectory: () => 'is a directory, not a bill export',
  binaryFile: () => 'not a text file: it contains binary data',
  xlsUnsupported: () =>
    'an old Excel .xls workbook; bank statements in this format are not supported. Export the Alipay or WeChat Pay bill as CSV or XLSX',
  pdfUnsupported: () => 'a PDF; only the CSV / XLSX bill exports of Alipay and WeChat Pay can be imported',
  zipEncrypted: () =>
    'a password-protected ZIP (the archive the bill e-mail links to); extract it first with the password from the 支付宝 / 微信支付 message, then import the CSV or XLSX inside',
  zipNoBill: () => 'a ZIP archive with no CSV or XLSX bill inside',
  xlsxEncrypted: () =>
    'an XLSX file whose parts are locked with a ZIP password, which spreadsheet programs cannot open either; import the bill as it was exported',
  /** An archive the reader cannot read (src/import/zip.ts, ZipProblem); `entry` is already made safe to show. */
  zipProblem: {
    noEnd: () => 'the ZIP / XLSX file is damaged or truncated: its end-of-archive record is missing',
    directory: () => 'the ZIP / XLSX file is damaged or truncated: its list of entries cannot be read',
    zip64: () => 'a ZIP64 archive (made for more than 4 GB or 65,535 entries), far larger than any bill export',
    tooManyEntries: (p: { count: number; max: number }) =>
      `a ZIP archive of ${p.count} entries; a bill export holds a few, and archives of more than ${p.max} are not read`,
    missing: (p: { entry: string }) => `the XLSX file is damaged: its part ${p.entry} is missing`,
    cutOff: (p: { entry: string }) => `the ZIP / XLSX file is damaged or truncated: ${p.entry} is cut off`,
    method: (p: { entry: string; method: number }) => `${p.entry} is compressed with method ${p.method}; only stored and deflated entries can be read`,
    corrupt: (p: { entry: string }) => `the ZIP / XLSX file is damaged: the compressed data of ${p.entry} is corrupt`,
    wrongSize: (p: { entry: string; declared: number }) =>
      `the ZIP / XLSX file is damaged or forged: ${p.entry} does not unpack to the ${p.declared} bytes it declares`,
    encrypted: (): string => en.zipEncrypted(),
    tooLarge: (p: { entry: string; limit: number }) =>
      `the archive would unpack to more than ${mb(p.limit)} MB (at ${p.entry}); a bill export is far smaller, so this is a damaged or hostile file (a "ZIP bomb"), not a bill`,
    xml: (p: { entry: string }) => `the XLSX file is damaged: ${p.entry} is not well-formed XML`,
  },
  mixedEncoding: () =>
    'the text stops being valid UTF-8 on this line, although the lines before it are UTF-8: the file mixes two encodings (UTF-8 and GBK, e.g. two exports joined into one) or is damaged; import each export as it was downloaded',
  xlsxNoSheet: () => 'no sheet of this workbook holds a WeChat Pay bill (微信支付账单明细)',
  noInflate: () => 'XLSX support is not available in this context',
  tooLarge: (mb: string) => `the file is larger than ${mb} MB; export a shorter period`,
  /** A file that is no supported bill, by what it looks like (src/import/types.ts, UnsupportedLook). */
  unsupported: {
    bank: (): string => `not a supported bill export: looks like a bank or card statement. ${en.supported()}`,
    table: (p: { columns: readonly string[]; more: boolean }): string =>
      `not a supported bill export: looks like a table with the columns ${p.columns.join(', ')}${p.more ? ', …' : ''}. ${en.supported()}`,
    garbled: (): string =>
      `not a supported bill export: the text looks garbled — was the file re-saved in another encoding? Use the original export. ${en.supported()}`,
    noHeader: (): string => `not a supported bill export: no header row (交易时间, 交易分类 / 交易类型, …) was found. ${en.supported()}`,
  },
  supported: (): string =>
    'Supported: Alipay app export (支付宝交易明细, current or 2021 layout), Alipay web export (支付宝交易记录明细查询), ' +
    'WeChat Pay bill (微信支付账单, CSV or XLSX), JD (京东交易明细) and Meituan (美团交易账单明细) exports',
  missingColumns: (format: string, columns: readonly string[]) => `the ${format} header row lacks column(s) ${columns.join(', ')}`,
  /* warnings */
  /** What derive found worth telling (src/import/types.ts, ImportWarning). */
  warning: {
    rowsSkipped: (w: { file: string; count: number; lines: readonly number[] }) =>
      `${w.file}: ${w.count} row(s) could not be read and were skipped (line ${w.lines.join(', ')}${w.count > w.lines.length ? ', …' : ''}); the file may be truncated or edited`,
    declaredRows: (w: { file: string; declared: number; read: number }) =>
      `${w.file}: the export states ${w.declared} record(s) but ${w.read} were read; it may be truncated or edited`,
    unknownStatus: (w: { file: string; values: readonly string[]; rows: number }) =>
      `${w.file}: unrecognised transaction status ${w.values.join(', ')} (${w.rows} row(s)), counted as completed`,
    unknownDirection: (w: { file: string; values: readonly string[]; rows: number }) =>
      `${w.file}: unrecognised 收/支 value ${w.values.join(', ')} (${w.rows} row(s)), counted as neither income nor spending`,
    mangledIds: (w: { file: string; rows: number }) =>
      `${w.file}: ${w.rows} order number(s) were turned into numbers by a spreadsheet program (e.g. 2.02E+27); refunds and duplicates cannot be matched by them`,
    replacementChars: (w: { file: string; count: number }) =>
      `${w.file}: ${w.count} character(s) could not be decoded; the file may have been re-saved in another encoding`,
    partialMonths: (w: { months: readonly string[] }) =>
      `month(s) ${w.months.join(', ')} are only partly covered by the bills and are left out of the monthly history`,
    emptyMonths: (w: { months: readonly string[] }) =>
      `month(s) ${w.months.join(', ')} have no transaction at all in the bills and count as zero income and spending; if the account was used then, the export is missing them`,
    staleBills: (w: { newest: string; auditDate: string; months: number }) =>
      `the newest bill month is ${w.newest}, ${w.months} months before the profile's date ${w.auditDate}: merged, these old months would replace the profile's recent history`,
    noCompleteMonth: () => 'the bills cover no complete calendar month, so no monthly history could be derived; export at least one whole month',
    disjointPeriods: () => 'the Alipay and WeChat Pay bills cover different periods; only months covered by both are used, and there are none',
    asOfBeforeBills: (w: { asOf: string }) =>
      `the profile's as_of (${w.asOf}) is before the end of the bills; nothing after it was imported (update as_of to use newer months)`,
    unmatchedRefunds: (w: { count: number; fen: number }) =>
      `${w.count} refund(s) (¥${(w.fen / 100).toFixed(2)}) had no matching purchase in the bills and were subtracted from their month's spending`,
    noIncomeForLarge: () => 'no income to compare purchases with, so large purchases were not listed; pass --large N (yuan)',
    lowBillIncome: (w: { incomeFen: number }) =>
      `the bills show ¥${(w.incomeFen / 100).toFixed(2)} of income a month, too little to be a whole income (a salary paid to a bank card is not in them), so no large-purchase line was drawn from it and none were listed; pass --large N (yuan)`,
    noDraws: () => 'the bills show no loan disbursement (they usually land on a bank card), so credit.draws is left as it was',
    salaryHint: () => 'income here is only what passed through these bills; a salary paid to a bank card is not in them — check income.monthly',
  },
  /* the command */
  /** By src/import/types.ts's BillFormatId. */
  formatName: {
    'alipay-app': 'Alipay app export',
    'alipay-app-2021': 'Alipay app export (2021 layout)',
    'alipay-web': 'Alipay web export',
    'wechat-csv': 'WeChat Pay CSV',
    'wechat-xlsx-v1': 'WeChat Pay XLSX (2025 layout)',
    'wechat-xlsx-v2': 'WeChat Pay XLSX (2026 layout)',
    jd: 'JD (京东) transaction export',
    meituan: 'Meituan (美团) bill',
  },
  /** By src/import/types.ts's TxnKind. */
  kindName: {
    income: 'income',
    spending: 'spending',
    refund: 'refunds',
    repayment: 'lender repayments',
    draw: 'loan draws',
    neutral: 'neutral',
    ignored: 'closed/failed',
  },
  fileLine: (name: string, format: string, encoding: string, rows: number, period: string) =>
    `${name}: ${format}, ${encoding}, ${rows} row(s)${period ? `, ${period}` : ''}`,
  /** A file's rows by kind: each kind's name and count. */
  countsLine: (counts: readonly (readonly [name: string, count: number])[]) => `  ${counts.map(([name, n]) => `${name} ${n}`).join(', ')}`,
  mergeLine: (duplicates: number, pairs: number, own: number, refunds: number, closedRefunds: number) =>
    `merged: ${duplicates} duplicate(s) dropped, ${pairs} cross-platform pair(s), ${own} transfer(s) to own accounts, ${refunds} refund(s) netted against purchases, ${closedRefunds} refund(s) of closed trades ignored`,
  monthColumns: () => ['month', 'income', 'spending', 'on credit', 'repayments', 'draws'],
  partialMonth: () => '(partial, not used)',
  largeLine: (threshold: string, source: string, count: number) => `large purchases: ${count} at or above ${threshold} (${source})`,
  largeSource: (source: 'option' | 'profile' | 'bills'): string =>
    source === 'option' ? '--large' : source === 'profile' ? '50 % of the profile’s income.monthly' : '50 % of the mean income in the bills',
  warningPrefix: () => 'warning: ',
  noMonths: () => 'no complete month: nothing to import',
  changesHeading: (path: string) => `changes to ${path}:`,
  unchanged: () => 'unchanged',
  none: () => 'none',
  monthsValue: (n: number, first: string, last: string, mean: string) => (n === 0 ? 'none' : `${n} month(s) ${first} … ${last}, mean ${mean}`),
  entriesValue: (n: number) => `${n} entr${n === 1 ? 'y' : 'ies'}`,
  changeLine: (field: string, before: string, after: string) => `  ${field}: ${before} → ${after}`,
  keepLine: (field: string, why: string) => `  ${field}: ${why}`,
  notImported: () => 'kept (not derived from these bills)',
  progress: (name: string, percent: number, read: string, total: string) => `${name}: ${percent} % (${read} of ${total} MB)`,
  progressStdin: (name: string, read: string) => `${name}: ${read} MB read`,
  askWrite: (path: string) => `Write these changes to ${path}? [y/N] `,
  askStale: (path: string) => `These bills are old for ${path}. Import them anyway? [y/N] `,
  staleNeedsYes: (path: string, newest: string) =>
    `${path}: the bills end in ${newest}, long before the profile's date; not a terminal, so no one can confirm — pass --yes to import them anyway`,
  notWritten: () => 'nothing written',
  written: (path: string) => `written: ${path}`,
  needYes: (path: string) => `${path}: not a terminal, so no one can confirm; pass --yes to write the changes`,
  outputExists: (path: string) => `${path} already exists; not overwritten. Pass --yes to replace it`,
  profileChanged: (path: string) => `${path} changed while the bills were read; nothing written — run the command again`,
  mergedInvalid: (path: string, detail: string) => `${path}: the merged profile would not be valid (${detail}); nothing written`,
  generatedComment: (files: string, period: string) =>
    ` Generated by limit-audit import from ${files} (${period}).\n income.monthly is the mean income seen in the bills: a salary paid to a bank card is not in them, so check it.\n Add your debts under debts: (see \`limit-audit init\`).`,
  snippetComment: (files: string, period: string) => ` Imported by limit-audit from ${files} (${period}); merge into a profile with --into.`,
} satisfies Record<string, Entry>;

const zh: { [K in keyof typeof en]: (typeof en)[K] } = {
  emptyFile: () => '文件为空',
  isDirectory: () => '是一个目录，不是账单导出文件',
  binaryFile: () => '不是文本文件：包含二进制数据',
  xlsUnsupported: () => '这是旧版 Excel .xls 工作簿；暂不支持此格式的银行流水。请导出支付宝或微信支付账单（CSV 或 XLSX）',
  pdfUnsupported: () => '这是 PDF 文件；只能导入支付宝、微信支付导出的 CSV / XLSX 账单',
  zipEncrypted: () => '这是加密的 ZIP 压缩包（账单邮件中的附件）；请先用支付宝 / 微信支付消息中的密码解压，再导入其中的 CSV 或 XLSX',
  zipNoBill: () => 'ZIP 压缩包中没有 CSV 或 XLSX 账单',
  xlsxEncrypted: () => 'XLSX 文件的内容被 ZIP 密码加密，表格软件也无法打开；请导入原始导出的账单文件',
  zipProblem: {
    noEnd: () => 'ZIP / XLSX 文件已损坏或不完整：缺少压缩包的结尾记录',
    directory: () => 'ZIP / XLSX 文件已损坏或不完整：无法读取其中的文件目录',
    zip64: () => '这是 ZIP64 压缩包（用于超过 4 GB 或 65535 个文件的压缩包），远大于任何账单导出文件',
    tooManyEntries: (p) => `ZIP 压缩包内有 ${p.count} 个文件；账单导出文件只含几个，超过 ${p.max} 个文件的压缩包不予读取`,
    missing: (p) => `XLSX 文件已损坏：缺少其中的 ${p.entry}`,
    cutOff: (p) => `ZIP / XLSX 文件已损坏或不完整：${p.entry} 被截断`,
    method: (p) => `${p.entry} 使用第 ${p.method} 号压缩方法；只能读取未压缩或 deflate 压缩的内容`,
    corrupt: (p) => `ZIP / XLSX 文件已损坏：${p.entry} 的压缩数据有误`,
    wrongSize: (p) => `ZIP / XLSX 文件已损坏或被篡改：${p.entry} 解压后的大小与其声明的 ${p.declared} 字节不符`,
    encrypted: () => zh.zipEncrypted(),
    tooLarge: (p) =>
      `压缩包解压后将超过 ${mb(p.limit)} MB（在 ${p.entry} 处）；账单导出文件远小于此，这是损坏或恶意构造的文件（“ZIP 炸弹”），不是账单`,
    xml: (p) => `XLSX 文件已损坏：${p.entry} 不是格式正确的 XML`,
  },
  mixedEncoding: () =>
    '从这一行起文本不再是有效的 UTF-8，而之前各行都是 UTF-8：文件混用了两种编码（UTF-8 与 GBK，例如把两份导出文件拼在了一起）或已损坏；请分别导入下载的原始导出文件',
  xlsxNoSheet: () => '该工作簿中没有微信支付账单（微信支付账单明细）工作表',
  noInflate: () => '当前环境不支持读取 XLSX',
  tooLarge: (mb) => `文件超过 ${mb} MB；请导出较短的时间段`,
  unsupported: {
    bank: () => `不是支持的账单导出文件：看起来是银行或信用卡流水。${zh.supported()}`,
    table: (p) => `不是支持的账单导出文件：看起来是一个列为 ${p.columns.join('、')}${p.more ? '……' : ''} 的表格。${zh.supported()}`,
    garbled: () => `不是支持的账单导出文件：文本似乎是乱码——文件是否被另存为其他编码？请使用原始导出文件。${zh.supported()}`,
    noHeader: () => `不是支持的账单导出文件：未找到表头行（交易时间、交易分类 / 交易类型……）。${zh.supported()}`,
  },
  supported: () =>
    '支持：支付宝 App 账单（支付宝交易明细，现行或 2021 版式）、支付宝网页版账单（支付宝交易记录明细查询）、' +
    '微信支付账单（CSV 或 XLSX）、京东交易明细和美团交易账单明细',
  missingColumns: (format, columns) => `${format}的表头缺少列：${columns.join('、')}`,
  warning: {
    rowsSkipped: (w) =>
      `${w.file}：有 ${w.count} 行无法读取，已跳过（第 ${w.lines.join('、')}${w.count > w.lines.length ? '……' : ''} 行）；文件可能不完整或被编辑过`,
    declaredRows: (w) => `${w.file}：文件声明共 ${w.declared} 笔记录，实际读到 ${w.read} 笔；文件可能不完整或被编辑过`,
    unknownStatus: (w) => `${w.file}：无法识别的交易状态 ${w.values.join('、')}（${w.rows} 行），按已完成计`,
    unknownDirection: (w) => `${w.file}：无法识别的收/支值 ${w.values.join('、')}（${w.rows} 行），不计入收入或支出`,
    mangledIds: (w) => `${w.file}：有 ${w.rows} 个订单号被表格软件转成了数字（如 2.02E+27），无法据此匹配退款和重复记录`,
    replacementChars: (w) => `${w.file}：有 ${w.count} 个字符无法解码；文件可能被另存为其他编码`,
    partialMonths: (w) => `${w.months.join('、')} 仅部分包含在账单中，未计入月度记录`,
    emptyMonths: (w) => `${w.months.join('、')} 在账单中没有任何交易，收入和支出按零计；如果那时用过这个账户，说明导出文件缺了这些月份`,
    staleBills: (w) => `账单最新的月份是 ${w.newest}，比档案日期 ${w.auditDate} 早 ${w.months} 个月：合并后，这些旧月份会替换档案中近期的记录`,
    noCompleteMonth: () => '账单未覆盖任何完整的自然月，无法得出月度记录；请至少导出一个完整月份',
    disjointPeriods: () => '支付宝与微信支付账单覆盖的时间段不同；只使用两者都覆盖的月份，但没有这样的月份',
    asOfBeforeBills: (w) => `档案的 as_of（${w.asOf}）早于账单结束日期；之后的交易未导入（如需使用较新的月份，请更新 as_of）`,
    unmatchedRefunds: (w) => `有 ${w.count} 笔退款（${(w.fen / 100).toFixed(2)}元）在账单中找不到对应消费，已从退款当月支出中扣除`,
    noIncomeForLarge: () => '没有可比较的收入，未列出大额消费；请用 --large N（元）指定金额',
    lowBillIncome: (w) =>
      `账单中的收入每月只有 ${(w.incomeFen / 100).toFixed(2)}元，不像是全部收入（发到银行卡的工资不在账单里），因此没有据此划定大额消费的标准，也未列出大额消费；请用 --large N（元）指定金额`,
    noDraws: () => '账单中没有借款放款记录（放款通常进入银行卡），credit.draws 保持不变',
    salaryHint: () => '这里的收入只包括经过这些账单的款项；发到银行卡的工资不在其中——请核对 income.monthly',
  },
  formatName: {
    'alipay-app': '支付宝 App 账单',
    'alipay-app-2021': '支付宝 App 账单（2021 版式）',
    'alipay-web': '支付宝网页版账单',
    'wechat-csv': '微信支付账单 CSV',
    'wechat-xlsx-v1': '微信支付账单 XLSX（2025 版式）',
    'wechat-xlsx-v2': '微信支付账单 XLSX（2026 版式）',
    jd: '京东交易明细',
    meituan: '美团交易账单',
  },
  kindName: {
    income: '收入',
    spending: '支出',
    refund: '退款',
    repayment: '还款',
    draw: '借款',
    neutral: '不计收支',
    ignored: '关闭/失败',
  },
  fileLine: (name, format, encoding, rows, period) => `${name}：${format}，${encoding}，${rows} 行${period ? `，${period}` : ''}`,
  countsLine: (counts) => `  ${counts.map(([name, n]) => `${name} ${n}`).join('，')}`,
  mergeLine: (duplicates, pairs, own, refunds, closedRefunds) =>
    `合并：去除重复 ${duplicates} 笔，跨平台配对 ${pairs} 组，本人账户间转账 ${own} 笔，退款冲抵消费 ${refunds} 笔，已关闭交易的退款忽略 ${closedRefunds} 笔`,
  monthColumns: () => ['月份', '收入', '支出', '其中信用支付', '还款次数', '借款次数'],
  partialMonth: () => '（不完整，未使用）',
  largeLine: (threshold, source, count) => `大额消费：${count} 笔达到 ${threshold}（${source}）`,
  largeSource: (source) => (source === 'option' ? '--large' : source === 'profile' ? '档案 income.monthly 的 50%' : '账单平均收入的 50%'),
  warningPrefix: () => '注意：',
  noMonths: () => '没有完整月份：没有可导入的内容',
  changesHeading: (path) => `${path} 将作如下修改：`,
  unchanged: () => '不变',
  none: () => '无',
  monthsValue: (n, first, last, mean) => (n === 0 ? '无' : `${n} 个月 ${first} … ${last}，月均 ${mean}`),
  entriesValue: (n) => `${n} 条`,
  changeLine: (field, before, after) => `  ${field}：${before} → ${after}`,
  keepLine: (field, why) => `  ${field}：${why}`,
  notImported: () => '保留（未从这些账单得出）',
  progress: (name, percent, read, total) => `${name}：${percent} %（已读 ${read} / ${total} MB）`,
  progressStdin: (name, read) => `${name}：已读 ${read} MB`,
  askWrite: (path) => `将这些修改写入 ${path}？[y/N] `,
  askStale: (path) => `对 ${path} 来说这些账单太旧了。仍要导入吗？[y/N] `,
  staleNeedsYes: (path, newest) => `${path}：账单截止于 ${newest}，远早于档案日期；当前不是终端，无法确认——如仍要导入请加 --yes`,
  notWritten: () => '未写入任何文件',
  written: (path) => `已写入：${path}`,
  needYes: (path) => `${path}：当前不是终端，无法确认；如要写入修改请加 --yes`,
  outputExists: (path) => `${path} 已存在；未覆盖。如需替换请加 --yes`,
  profileChanged: (path) => `读取账单期间 ${path} 被修改；未写入——请重新运行命令`,
  mergedInvalid: (path, detail) => `${path}：合并后的档案无效（${detail}）；未写入`,
  generatedComment: (files, period) =>
    ` 由 limit-audit import 根据 ${files}（${period}）生成。\n income.monthly 是账单中收入的月均值：发到银行卡的工资不在账单里，请核对。\n 请在 debts: 下填写你的债务（参见 \`limit-audit init\`）。`,
  snippetComment: (files, period) => ` 由 limit-audit 从 ${files}（${period}）导入；可用 --into 合并进档案。`,
};

export type ImportText = typeof en;

const catalogue: Record<Lang, ImportText> = { en, zh };

export function importText(lang: Lang): ImportText {
  return catalogue[lang];
}

/** A table of texts with one entry per code of the union `U`, each reading that member's fields. */
export type TextsByCode<U extends { code: string }> = { [C in U['code']]: (value: Extract<U, { code: C }>) => string };

/**
 * The text of a coded value (a warning, an archive problem) from its table in this catalogue.
 * `table` is checked against the union: a code without an entry, or an entry reading a field its
 * member lacks, is a compile error where this is called.
 */
export function textOf<U extends { code: string }>(table: TextsByCode<U>, value: U): string {
  return (table[value.code as U['code']] as (value: U) => string)(value);
}

/**
 * The `yaml` library's syntax errors in the user's language (after "not valid YAML: "). The library
 * writes English; Chinese gets the common ones by their exact words, the rest by the error's code.
 * Only the precise YAML path (src/profile/precise.ts) reads this, so none of it loads for a
 * profile that is plainly valid.
 */
import type { Lang } from './lang';

/** A syntax error's text from its code (`TAB_AS_INDENT` …) and the library's message. */
type SyntaxText = (code: string, message: string) => string;

/** The library's messages, by their exact words or a pattern of them. */
const ZH_MESSAGES: [RegExp, (...m: string[]) => string][] = [
  [/^Tabs are not allowed as indentation/, () => '不能用 Tab 键缩进，请改用空格'],
  [/^All sequence items must start at the same column/, () => '同一列表的各项（- ）必须从同一列开始'],
  [/^All mapping items must start at the same column/, () => '同一层的键必须从同一列开始（检查缩进）'],
  [/^Nested mappings are not allowed in compact mappings/, () => '一行里不能写两层“键: 值”（如 a: b: c）；请换行并缩进'],
  [/^A block sequence may not be used as an implicit map key/, () => '列表不能用作键'],
  [/^Implicit keys (of flow sequence pairs )?need to be on a single line/, () => '键必须写在一行之内（多半是上一行缺了冒号，或缩进不对）'],
  [/^Implicit map keys need to be followed by map values/, () => '键后面缺少冒号和值（应写成“键: 值”）'],
  [/^Missing closing "quote/, () => '缺少右双引号 "'],
  [/^Missing closing 'quote/, () => "缺少右单引号 '"],
  [/^Comments must be separated from other tokens by white space/, () => '注释符号 # 前面必须有空格'],
  [/^Sequence item without - indicator/, () => '列表项前缺少“- ”'],
  [/^Tags and anchors must be separated from the next token by white space/, () => '标签或锚点后面必须有空格'],
  [/^Missing , between flow (map|sequence) items/, () => '花括号或方括号里的各项之间缺少逗号'],
  [/^Missing , or : between flow (map|sequence) items/, () => '花括号或方括号里的各项之间缺少逗号或冒号'],
  [/^Missing space after : in flow (map|sequence)/, () => '冒号后面缺少空格'],
  [/^Flow (sequence|map) must end with a (.)/, (_kind, end) => `方括号或花括号没有闭合：缺少 ${end}`],
  [/^Flow (sequence|map) in block collection must be sufficiently indented and end with a (.)/, (_kind, end) => `方括号或花括号须比所在的键多缩进，并以 ${end} 结尾`],
  [/^Flow end indicator should be more indented than parent/, () => '右括号须比所在的键多缩进'],
  [/^Unexpected , in /, () => '多余的逗号'],
  [/^Unexpected empty item in /, () => '花括号或方括号里有空项（连续两个逗号？）'],
  [/^Invalid escape sequence (.+)/, (seq) => `双引号文本里的转义序列 ${seq} 无效`],
  [/^Plain value cannot start with .*?(\S+)$/, (char) => `值不能以 ${char} 开头；请给它加上引号`],
  [/^Block scalar/, () => '多行文本（| 或 >）的缩进或标记不正确'],
  [/^A node can have at most one anchor/, () => '一个值最多只能有一个锚点（&）'],
  [/^A node can have at most one tag/, () => '一个值最多只能有一个标签（!）'],
  [/^(Alias|Anchor) cannot be an empty string/, () => '别名或锚点不能为空'],
  [/^Source contains multiple documents/, () => '文件里有多份 YAML 文档（---）；一个文件只能放一份'],
];

/** By code, for a message not matched above. */
const ZH_CODES: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: '不能用 Tab 键缩进，请改用空格',
  BAD_INDENT: '缩进不正确：同一层的内容须对齐，且只用空格缩进',
  MISSING_CHAR: '缺少必要的符号（冒号、引号、逗号或括号）',
  UNEXPECTED_TOKEN: '此处出现了不该有的内容（检查冒号、引号、括号和缩进）',
  BLOCK_AS_IMPLICIT_KEY: '键的写法不正确',
  MULTILINE_IMPLICIT_KEY: '键必须写在一行之内（多半是上一行缺了冒号，或缩进不对）',
  BLOCK_IN_FLOW: '花括号或方括号里不能使用换行缩进的写法',
  BAD_DQ_ESCAPE: '双引号文本里有无效的转义序列',
  BAD_SCALAR_START: '值的第一个字符不允许出现在这里；请给它加上引号',
  DUPLICATE_KEY: '同一映射中有重复的键',
  MULTIPLE_DOCS: '文件里有多份 YAML 文档（---）；一个文件只能放一份',
  BAD_ALIAS: '别名（*）或锚点（&）的写法不正确',
  ALIAS_PROPS: '别名（*）不能带锚点或标签',
  MULTIPLE_ANCHORS: '一个值最多只能有一个锚点（&）',
  MULTIPLE_TAGS: '一个值最多只能有一个标签（!）',
  BAD_PROP_ORDER: '锚点（&）和标签（!）须写在值的前面',
  BAD_DIRECTIVE: '无法识别的 % 指令',
  NON_STRING_KEY: '键必须是简单的文本',
  KEY_OVER_1024_CHARS: '键超过 1024 个字符',
  TAG_RESOLVE_FAILED: '无法按标签读取这个值',
  BAD_COLLECTION_TYPE: '标签与值的类型不符',
};

const catalogue: Record<Lang, SyntaxText> = {
  en: (_code, message) => message,
  zh: (code, message) => {
    for (const [pattern, render] of ZH_MESSAGES) {
      const m = pattern.exec(message);
      if (m) return render(...m.slice(1).map((part) => part ?? ''));
    }
    return ZH_CODES[code] ?? `文档无法解析（${code}）`;
  },
};

export function yamlSyntaxText(lang: Lang): SyntaxText {
  return catalogue[lang];
}

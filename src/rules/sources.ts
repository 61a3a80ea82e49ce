/**
 * The sources the rules and the bundled macro snapshot rest on, as data: one entry per fact, keyed
 * by the id a rule cites (`sources: ['A6', 'seed (征信查询)']`) and its rationale names ("source A6").
 * `limit-audit rules <id>` prints them and docs/rules.md lists them (`npm run docs`), so a user
 * never needs a document outside the repository.
 *
 * URLs are the pages our research notes name, written as https:// links to the host and path given
 * there; where the notes name only a site, or cut a path short, the link is the site; where no page
 * is public (a rule sheet, the advice article), `urls` is empty and `origin` says what the source
 * is. No link here was guessed.
 *
 * Only `rules <id>` (behind a dynamic import) and the docs generator load this module; rules
 * import its `SourceId` type only, so the registry is never on the start-up path of `check`.
 */
import type { Lang } from '../i18n/lang';

export const CONFIDENCES = ['High', 'Med-High', 'Med', 'Low-Med', 'Low', 'unrated'] as const;
/** High: several independent sources or a primary text; Med: one decent secondary source or a consistent practitioner convention; Low: one weak source. */
export type Confidence = (typeof CONFIDENCES)[number];

export const CONFIDENCE_NAMES: Record<Confidence, Record<Lang, string>> = {
  High: { en: 'high', zh: '高' },
  'Med-High': { en: 'medium to high', zh: '中高' },
  Med: { en: 'medium', zh: '中' },
  'Low-Med': { en: 'low to medium', zh: '中低' },
  Low: { en: 'low', zh: '低' },
  unrated: { en: 'not rated', zh: '未评级' },
};

export interface Source {
  /** What the source establishes, in one line. */
  title: Record<Lang, string>;
  /** What the source is: the documents, pages or files behind it. */
  origin: Record<Lang, string>;
  /** Public links, as the research notes give them; empty when none is known. */
  urls: readonly string[];
  /** The date of the document or event when one is known (YYYY-MM-DD, YYYY-MM, YYYY, or a range). */
  date?: string;
  confidence: Confidence;
  /** What qualifies the confidence: a weaker part, a draft status. */
  note?: Record<Lang, string>;
}

const RULE_SHEET = {
  en: 'a practitioner’s lender-criteria or rule-engine file published on GitHub (a “GitHub rule sheet”)',
  zh: 'GitHub 上从业者公开的机构准入标准或规则引擎文件（“GitHub 规则表”）',
};

export const SOURCES = {
  A1: {
    title: {
      en: 'Negative credit-report records are kept 5 years from the day the bad behaviour ends (for a debt: its settlement), then deleted',
      zh: '不良信息自不良行为或事件终止之日（即结清之日）起保存5年，到期删除',
    },
    origin: {
      en: `《征信业管理条例》(Regulations on the Administration of the Credit Reporting Industry), Article 16, quoted verbatim by several web pages; ${RULE_SHEET.en} gives the same reading`,
      zh: `《征信业管理条例》第十六条，多个网页原文引用；${RULE_SHEET.zh}的解读相同`,
    },
    urls: ['https://mingle-mangle.com/blog-1034912.html', 'https://wwpfw.com/gongjijindaikuan/100070.html', 'https://shdqb.com/jingyan/xwngvg.html'],
    confidence: 'High',
  },
  A2: {
    title: {
      en: 'The credit report’s 24-month repayment grid: codes 1–7 by days overdue (1 = 1–30 days, 2 = 31–60, 3 = 61–90 …), and its overdue-amount buckets',
      zh: '征信报告24个月还款记录：按逾期天数记为1–7（1 = 1–30天，2 = 31–60天，3 = 61–90天……），以及逾期金额分档',
    },
    origin: {
      en: 'Web pages describing the codes; the bucket field names appear in many credit-report parsers on GitHub',
      zh: '介绍还款代码的网页；金额分档的字段名见于 GitHub 上的多个征信报告解析程序',
    },
    urls: ['https://jmqbip.com/p/14222.html', 'https://jmqbip.com/p/6959.html', 'https://ptssm.com/post/13876.html'],
    confidence: 'High',
    note: {
      en: 'high for the amount buckets; the 4–6 breakpoints are medium (from the report legend, unverified)',
      zh: '金额分档可信度高；4–6档的天数分界为中（依据报告图例的记忆，未核实）',
    },
  },
  A3: {
    title: {
      en: 'M-grades: M1 = 1–30 days past due, M2 = 31–60, M3 = 61–90, M3+ = more than 90; 90+ days usually counts as non-performing (不良)',
      zh: 'M级：M1 = 逾期1–30天，M2 = 31–60天，M3 = 61–90天，M3+ = 90天以上；逾期90天以上通常视为不良',
    },
    origin: {
      en: `An industry collections convention, not a regulation: a collection-metrics code comment (不良 = more than 90 days overdue) and ${RULE_SHEET.en} that rejects “M2级严重逾期”`,
      zh: `催收行业惯例，不是法规：某催收指标代码注释（逾期超过90天为不良），以及一份把“M2级严重逾期”直接拒绝的${RULE_SHEET.zh}`,
    },
    urls: [],
    confidence: 'Med',
    note: { en: 'some shops call 1–30 days “M0” or “M1”', zh: '有的机构把1–30天称为 M0，有的称为 M1' },
  },
  A4: {
    title: {
      en: '连三累六: within 24 months, 3 consecutive overdue periods or 6 in total is a hard reject for bank mortgages and cards (a lender convention, not a law)',
      zh: '连三累六：24个月内连续3期或累计6期逾期，是银行房贷和信用卡的硬性拒绝条件（机构惯例，不是法律）',
    },
    origin: {
      en: 'Practitioner web pages; a P2P admission rule in the GitHub repository whbbb/miaov (govern_preparation.jsp); bank and CCB product sheets (GitHub rule sheets)',
      zh: '从业者网页；GitHub 仓库 whbbb/miaov 中的 P2P 准入规则（govern_preparation.jsp）；银行及建设银行产品表（GitHub 规则表）',
    },
    urls: ['https://ptssm.com/post/13876.html', 'https://changshiguan.com/pu/ox256d.html', 'https://github.com/whbbb/miaov'],
    confidence: 'High',
    note: { en: 'as a lender convention', zh: '作为机构惯例' },
  },
  A5: {
    title: {
      en: 'Any current overdue (当前逾期) is an automatic reject until it is settled and the next reporting cycle updates the report',
      zh: '存在当前逾期时所有产品都会被拒绝，直到结清且征信报告在下一个报送周期更新',
    },
    origin: {
      en: `A practitioner web page, and ${RULE_SHEET.en} (“存在当前逾期，所有产品均无法申请”)`,
      zh: `从业者网页，以及一份${RULE_SHEET.zh}（“存在当前逾期，所有产品均无法申请”）`,
    },
    urls: ['https://jmqbip.com/p/14222.html'],
    confidence: 'Med',
  },
  A6: {
    title: {
      en: 'Hard-inquiry lines: about 3 a month (one sheet allows a 4th), 4–6 in 3 months; own checks (本人查询) and post-loan checks (贷后管理) do not count',
      zh: '硬查询次数线：每月约3次（有的允许第4次），近3个月4–6次；本人查询和贷后管理查询不计',
    },
    origin: {
      en: 'Practitioner web pages; a bank sheet and a CCB 信用快贷 row (GitHub rule sheets); practitioner rule engines on GitHub',
      zh: '从业者网页；某银行准入表和建设银行“信用快贷”一行（GitHub 规则表）；GitHub 上的从业者规则引擎',
    },
    urls: ['https://jmqbip.com/p/14222.html', 'https://jmqbip.com/p/6959.html', 'https://cdn.drbdp.com/4-7498220.html'],
    confidence: 'Med',
    note: {
      en: 'the numbers are practitioner- and lender-specific; no source gives a 6-month number',
      zh: '数字因从业者和机构而异；近6个月的次数没有找到出处',
    },
  },
  A7: {
    title: {
      en: 'Debt-to-income as Chinese lenders count it: (monthly loan repayments + 10 % of the used card limit) ÷ monthly income; 50 % is the common red line, 65–70 % for some high earners and business loans',
      zh: '国内机构的负债率口径：（每月贷款还款额 + 信用卡已用额度的10%）÷ 月收入；常见红线50%，部分高收入者和经营贷放宽到65%–70%',
    },
    origin: { en: 'Practitioner web pages and bank sheets (GitHub rule sheets)', zh: '从业者网页和银行准入表（GitHub 规则表）' },
    urls: ['https://jmqbip.com/p/14222.html', 'https://cdn.drbdp.com/4-7498220.html'],
    confidence: 'Med',
  },
  A8: {
    title: {
      en: 'Card utilisation in China: above 80 % is a warning sign for mortgages, ≤ 70 % is an entry line for some bank credit loans, under 50 % is advised',
      zh: '国内信用卡使用率：超过80%是房贷审批的警示信号，≤70%是部分银行信用贷的准入线，建议控制在50%以内',
    },
    origin: {
      en: 'Practitioner web pages; a CCB product row and a rule engine (GitHub rule sheets)',
      zh: '从业者网页；建设银行产品表的一行和某规则引擎（GitHub 规则表）',
    },
    urls: ['https://cdn.drbdp.com/4-7498220.html', 'https://jmqbip.com/p/14222.html'],
    confidence: 'Med',
  },
  A9: {
    title: {
      en: 'Multi-lender (多头借贷) features: institutions and applications in the last 7 days to 12 months, by ID number or phone (Bairong 借贷意向验证 / ApplyLoanStr)',
      zh: '多头借贷指标：近7天至12个月申请的机构数和次数，按身份证号或手机号查询（百融“借贷意向验证”/ ApplyLoanStr）',
    },
    origin: {
      en: 'The Bairong field schema (als_{d7,m1,m3,m6,m12}_{id,cell}_{bank,nbank}_{orgnum,allnum}), carried by many files on GitHub',
      zh: '百融字段结构（als_{d7,m1,m3,m6,m12}_{id,cell}_{bank,nbank}_{orgnum,allnum}），见于 GitHub 上的许多文件',
    },
    urls: [],
    confidence: 'High',
    note: { en: 'for the field schema; the 15-day window is from memory (medium)', zh: '指字段结构；15天窗口来自记忆，可信度中' },
  },
  A10: {
    title: {
      en: 'Multi-lender lines of one practitioner rule engine: ≤ 4 online lenders is the bank entry line, more than 8 excludes bank products, more than 12 declines everything',
      zh: '某从业者规则引擎的多头线：网贷机构不超过4家为银行准入线，超过8家排除银行产品，超过12家全部拒绝',
    },
    origin: { en: `${RULE_SHEET.en}; no official source exists`, zh: `一份${RULE_SHEET.zh}；没有官方出处` },
    urls: [],
    confidence: 'Low',
    note: { en: 'a single source: typical lender heuristics, not a rule', zh: '单一来源：典型的机构经验，不是规定' },
  },
  B1: {
    title: {
      en: 'Sesame score range 350–950; bands 350–550 poor (较差), 550–600 fair (中等), 600–650 good (良好), 650–700 very good (优秀), 700–950 excellent (极好)',
      zh: '芝麻分范围350–950；分段：350–550较差，550–600中等，600–650良好，650–700优秀，700–950极好',
    },
    origin: {
      en: 'A web page whose bands match those Ant published at launch (a page claiming a 1,000-point scale is wrong and was ignored)',
      zh: '某网页，其分段与蚂蚁上线时公布的一致（另一声称“1000分制”的网页有误，未采用）',
    },
    urls: ['https://yes29.com/detail-55797bc6a5f7b90b.html'],
    confidence: 'Med-High',
  },
  B2: {
    title: {
      en: 'Jiebei requires a Sesame score of about 600 or more; limits ¥1,000–300,000; the longest term is 12 months',
      zh: '借呗大约要求芝麻分600分以上；额度1,000–300,000元；最长期限12个月',
    },
    origin: { en: 'A translated encyclopedia copy', zh: '一份翻译的百科转载' },
    urls: ['https://lfasc.com/Touristattractions/rkkytucyja.html'],
    confidence: 'Low-Med',
    note: { en: 'check it in the Alipay app', zh: '请在支付宝 App 中核实' },
  },
  B5: {
    title: {
      en: 'November 2021: Jiebei relabels bank-funded loans as 信用贷 showing the lending bank, and moves to 重庆蚂蚁消费金融, a licensed consumer-finance company; a line can shrink or move without any credit event of the borrower',
      zh: '2021年11月：借呗把银行出资的贷款标注为显示放款银行的“信用贷”，并转由持牌消费金融公司重庆蚂蚁消费金融承接；额度可能在借款人没有任何信用事件的情况下缩小或转移',
    },
    origin: { en: 'Yicai Global news report (2021-11-09); a translated encyclopedia copy', zh: '第一财经英文版报道（2021-11-09）；一份翻译的百科转载' },
    urls: ['https://yicaiglobal.com/news/ant-swaps-own-branding-with-credit-services-label-to-make-e-lending-more-transparent', 'https://lfasc.com'],
    date: '2021-11-09',
    confidence: 'High',
  },
  B6: {
    title: {
      en: 'No formal review request for Jiebei: it re-evaluates limits by itself, reportedly about once a month, on account use, repayment record and debts; visible recovery is put at 2–6 months. A review month is an estimate, never a promise',
      zh: '借呗没有正式的复核申请：它会自行重新评估额度，据称大约每月一次，依据账户使用、还款记录和负债；文章称额度回升通常需要2–6个月。“复评月份”只是估计，绝非承诺',
    },
    origin: {
      en: 'A web page on how often Jiebei re-evaluates limits (借呗多久评估一次额度); the advice article limit-audit grew from',
      zh: '一篇介绍借呗多久评估一次额度的网页；limit-audit 所依据的建议文章',
    },
    urls: ['https://wtkj.com/msnz0vry.html'],
    confidence: 'Low-Med',
    note: { en: 'the frequency is reported, not published by Ant', zh: '评估频率为报道所称，蚂蚁并未公布' },
  },
  C1: {
    title: {
      en: 'Draft online micro-loan rules (《网络小额贷款业务管理暂行办法（征求意见稿）》): per-person balance capped at ¥300,000 and at a third of average annual income over 3 years, the lower of the two; joint lenders fund ≥ 30 %',
      zh: '《网络小额贷款业务管理暂行办法（征求意见稿）》：个人网络小贷余额原则上不超过30万元，且不超过最近3年年均收入的三分之一，取较低者；联合贷款出资不低于30%',
    },
    origin: {
      en: 'A draft published by CBIRC and PBOC; news and legal reports in English, and the Chinese text quoted by a web page',
      zh: '银保监会、人民银行发布的征求意见稿；英文新闻与法律报道，以及引用中文原文的网页',
    },
    urls: [
      'https://bloombergquint.com/technology/why-china-changed-the-rules-on-jack-ma-s-ant-group-quicktake',
      'https://chinajusticeobserver.com',
      'https://smuseclub.com/Index/news/detail/id/2327.html',
      'https://investorinsights.asia',
    ],
    date: '2020-11-02',
    confidence: 'High',
    note: {
      en: 'high as to the text; it is still a draft (2020): whether a final rule was issued is unconfirmed',
      zh: '条文可信度高；它仍是征求意见稿（2020年），是否正式发布尚未确认',
    },
  },
  C2: {
    title: {
      en: 'Courts protect private-lending interest only up to 4 × the 1-year LPR at contract formation (12.0 % on the 3.00 % LPR); it replaced the old 24 % / 36 % “two lines, three zones”',
      zh: '民间借贷利率司法保护上限为合同成立时1年期LPR的4倍（LPR 3.00%时为12.0%），取代了旧的24%/36%“两线三区”',
    },
    origin: {
      en: 'Supreme People’s Court, private-lending provisions as amended 2020-08-20 (news report); the text of the old Article 26 (24 % / 36 %)',
      zh: '最高人民法院《关于审理民间借贷案件适用法律若干问题的规定》2020年修正（新闻报道）；旧第二十六条原文（24%/36%）',
    },
    urls: ['https://tellerreport.com', 'https://lnmlw.com/Loanintermediary/pybxyxqzlw.html'],
    date: '2020-08-20',
    confidence: 'High',
  },
  C3: {
    title: {
      en: 'Licensed lenders are outside the courts’ private-lending cap: 法释〔2020〕27号 (effective 2021-01-01) holds that micro-loan companies and six other kinds of local financial organisations are financial institutions; banks and consumer-finance companies were never covered',
      zh: '持牌机构不适用民间借贷利率上限：法释〔2020〕27号（2021-01-01施行）认定小额贷款公司等七类地方金融组织属于金融机构；银行和消费金融公司本就不适用',
    },
    origin: { en: 'The Supreme People’s Court interpretation, quoted by legal and lending web pages', zh: '最高人民法院司法解释，法律及借贷类网页引用' },
    urls: ['https://jingsw.com/mobile/news/show-25875.html', 'https://guoyinggangguan.com/xedk/182740.html', 'https://szginin.com/26052.html', 'https://qinxuanlaw.com'],
    date: '2021-01-01',
    confidence: 'High',
  },
  C4: {
    title: {
      en: 'PBOC Announcement [2021] No. 3: every lender must show the annualised rate (APR), including all borrower costs, more prominently than any daily or monthly rate',
      zh: '中国人民银行公告〔2021〕第3号：所有贷款产品须明示包含借款人全部成本的年化利率，且比日利率、月利率更醒目',
    },
    origin: { en: 'News reports (China Banking News, Reuters, Yicai Global)', zh: '新闻报道（China Banking News、路透社、第一财经英文版）' },
    urls: [
      'https://chinabankingnews.com/2021/04/02/pboc-requires-all-loan-products-clearly-display-real-annualized-interest-rates/',
      'https://reuters.com',
      'https://yicaiglobal.com/news/apr-rates-must-be-displayed-prominently-on-all-loan-ads-pboc-says',
    ],
    date: '2021-03-31',
    confidence: 'High',
    note: { en: 'the clause that compound rates must use IRR is unconfirmed (medium)', zh: '“复利须按 IRR 计算”这一条未确认，可信度中' },
  },
  C5: {
    title: {
      en: 'The 24 % line for consumer credit: (a) window guidance to consumer-finance companies, (b) the 2017 cash-loan 36 % ceiling, (c) NFRA 2025 No. 9 on bank-assisted lending (issued 2025-04-03, effective 2025-10-01), after which partner banks refuse loans above 24 %, (d) a reported 20 % guidance, (e) a reported tiering: under 12 % encouraged, 12–24 % monitored, above 24 % prohibited',
      zh: '消费信贷的24%线：(a) 对消费金融公司的窗口指导；(b) 2017年现金贷36%综合成本上限；(c) 金融监管总局2025年第9号助贷通知（2025-04-03发布，2025-10-01施行），此后合作银行拒绝24%以上的贷款；(d) 据报道的20%指导；(e) 据报道的分档监管：12%以下鼓励、12–24%监测、24%以上禁止',
    },
    origin: {
      en: '(a) MNI news; (b) Xinhua, via a web page (2017-12-05); (c) the NFRA notice and a news report; (d) a news report; (e) Caixin (2025-12-16)',
      zh: '(a) MNI 新闻；(b) 新华社，经网页转载（2017-12-05）；(c) 金融监管总局通知及新闻报道；(d) 新闻报道；(e) 财新（2025-12-16）',
    },
    urls: [
      'https://marketnews.com/china-to-lower-rate-of-consumer-finance-times',
      'https://szjzcy.com',
      'https://test.reg-track.com',
      'https://gmteight.com/latest/detail/335274',
      'https://hotlink.work/en/info/8531',
      'https://caixinglobal.com',
    ],
    date: '2017-12-05 – 2025-12-16',
    confidence: 'Med',
    note: {
      en: '(a) medium; (b) high; (c) high for the notice and dates, medium for the 24 % practice; (d) low to medium (oral guidance only); (e) medium',
      zh: '(a) 中；(b) 高；(c) 通知与日期为高，24%的实际做法为中；(d) 中低（仅口头指导）；(e) 中',
    },
  },
  C6: {
    title: {
      en: 'Personal consumer-loan interest subsidy (财金〔2025〕80号) for consumer loans issued 2025-09-01 to 2026-08-31: a loosening signal',
      zh: '个人消费贷款财政贴息（财金〔2025〕80号），覆盖2025-09-01至2026-08-31发放的消费贷款：宽松信号',
    },
    origin: {
      en: 'A notice of the Ministry of Finance, PBOC and NFRA, via machine-translated copies',
      zh: '财政部、人民银行、金融监管总局通知，经机器翻译的转载',
    },
    urls: ['https://owlhoot.men', 'https://deerpath.men'],
    date: '2025-08-04',
    confidence: 'Med',
    note: { en: 'the subsidy rate (reportedly 1 point a year) is low confidence', zh: '贴息比例（据报道每年1个百分点）可信度低' },
  },
  D: {
    title: { en: '1-year and 5-year LPR history, 2019-08 to 2026-02 (the bundled macro snapshot)', zh: '1年期和5年期以上LPR历史，2019-08至2026-02（内置宏观快照）' },
    origin: {
      en: 'Published by the National Interbank Funding Center (China Money), via a public TypeScript LPR dataset on GitHub, cross-checked against an independent Python dataset',
      zh: '全国银行间同业拆借中心、中国货币网公布值，取自 GitHub 上一份公开的 TypeScript LPR 数据集，并与另一份独立的 Python 数据集交叉核对',
    },
    urls: [],
    date: '2019-08-20 – 2026-02-24',
    confidence: 'High',
    note: { en: 'high for the values, medium for the exact publication days', zh: '数值可信度高，具体公布日期为中' },
  },
  E: {
    title: {
      en: 'Converting consumer-loan pricing to a true APR: daily rate × 365, annuity and equal-principal formulas, and the IRR of fee instalments (about 1.8 × the nominal 12f for 12 instalments)',
      zh: '消费贷定价换算为真实年化：日利率 × 365、等额本息与等额本金公式、分期手续费的 IRR（12期约为名义费率12f的1.8倍）',
    },
    origin: { en: 'Arithmetic, checked with a numeric IRR calculation', zh: '算术推导，经数值 IRR 计算核对' },
    urls: [],
    confidence: 'unrated',
  },
  F2: {
    title: {
      en: 'CFPB debt-to-income guidance: all monthly debt payments ÷ gross monthly income; keep it at 36 % or less, some lenders go to 43 %',
      zh: '美国消费者金融保护局（CFPB）的负债收入比建议：每月全部债务还款 ÷ 税前月收入，建议不超过36%，部分机构可到43%',
    },
    origin: {
      en: 'The CFPB page “What is a debt-to-income ratio?” (via copies) and a news article',
      zh: 'CFPB 页面“What is a debt-to-income ratio?”（经转载）及一篇新闻文章',
    },
    urls: ['https://deanli.best', 'https://pamati.best', 'https://thefinancialwire.com'],
    confidence: 'High',
    note: { en: 'high for 36 / 43 %; medium for the 28 / 36 split', zh: '36%/43%可信度高；28%/36%的拆分为中' },
  },
  F4: {
    title: {
      en: 'The 50/30/20 budget (Warren and Tyagi, All Your Worth, 2005): after-tax income 50 % needs (with minimum debt payments), 30 % wants, 20 % savings and extra repayment',
      zh: '50/30/20预算法（Warren 与 Tyagi，《All Your Worth》，2005）：税后收入50%用于必需（含最低还款），30%用于想要，20%用于储蓄和额外还款',
    },
    origin: { en: 'Investopedia; several calculators agree', zh: 'Investopedia；多个计算器一致' },
    urls: ['https://investopedia.com/ask/answers/022916/what-502030-budget-rule.asp'],
    date: '2005',
    confidence: 'High',
  },
  F5: {
    title: {
      en: 'The 20/80 split puts all repayment inside the 20 %, so when the contractual minimums exceed 20 % of income the plan is infeasible and must say so',
      zh: '20/80分配把全部还款放在20%之内，因此合同最低还款超过收入的20%时计划不可行，必须如实说明',
    },
    origin: { en: 'A design note derived from F4', zh: '由 F4 推出的设计说明' },
    urls: [],
    confidence: 'unrated',
  },
  G: {
    title: {
      en: 'Debt-payoff planners and financial health checks: their features (emergency fund targets of 3–6 months of expenses) and the correctness bugs they shipped',
      zh: '还款计划工具与财务体检项目：功能（应急资金目标为3–6个月开支）以及它们出过的计算错误',
    },
    origin: {
      en: 'Open-source planners and health-check projects on GitHub, their READMEs and issue threads',
      zh: 'GitHub 上的开源还款计划工具和财务体检项目，及其 README 与 issue 讨论',
    },
    urls: [
      'https://github.com/seanfreiburg/unbury.us',
      'https://github.com/paraserv/debt_calc',
      'https://github.com/galaxycoils/debt-payoff-calculator',
      'https://github.com/nielse63/node-debt-snowball',
      'https://github.com/Gitchegumi/debtpipe',
      'https://github.com/EE-EDK/Financial-Planner-Automated',
      'https://github.com/omarkhairy21/hilmai',
    ],
    confidence: 'unrated',
  },
  H: {
    title: {
      en: 'The dated regulatory events and the stressed sectors of the bundled macro snapshot (real estate development since 2021-09, after-school tutoring since 2021-07)',
      zh: '内置宏观快照中带日期的监管事件与承压行业（房地产开发自2021-09起，校外培训自2021-07起）',
    },
    origin: {
      en: 'Each event cites its own source here (C1–C6, B5); the list of stressed sectors is a heuristic, not an official list',
      zh: '每个事件各有出处（C1–C6、B5）；承压行业名单是经验设定，不是官方名单',
    },
    urls: [],
    date: '2020-08-20 – 2025-12-16',
    confidence: 'unrated',
    note: { en: 'events: as the sources they cite; sectors: a heuristic', zh: '事件：同其所引出处；行业：经验设定' },
  },
  seed: {
    title: {
      en: '借呗还款后额度为何下降 (Why a Jiebei line falls after repayment): the advice article limit-audit grew from; each rule names its section',
      zh: '借呗还款后额度为何下降：limit-audit 所依据的建议文章；每条规则注明所引章节',
    },
    origin: {
      en: 'A consumer advice article naming the signals behind a cut line; its thresholds come from the other sources',
      zh: '一篇说明降额原因的消费者建议文章；阈值来自其他出处',
    },
    urls: [],
    confidence: 'unrated',
  },
} satisfies Record<string, Source>;

/** A source's id: a rule citing one that does not exist is a compile error. */
export type SourceId = keyof typeof SOURCES;

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

/**
 * What a rule's `sources` holds: a source id, or an id with the part cited, e.g. `seed (征信查询)`.
 * `rules --json` prints these strings as they are.
 */
export type Citation = SourceId | `${SourceId} (${string})`;

/** The id and the part cited: `seed (征信查询)` → { id: 'seed', section: '征信查询' }. */
export function parseCitation(citation: Citation): { id: SourceId; section?: string } {
  const space = citation.indexOf(' (');
  if (space === -1) return { id: citation as SourceId };
  return { id: citation.slice(0, space) as SourceId, section: citation.slice(space + 2, -1) };
}

const ID = String.raw`(?:[A-H]\d{0,2}|seed)(?:\([a-e]\))?(?![A-Za-z0-9])`;
const CITATION = new RegExp(String.raw`(?:\bsources? |来源 )(${ID}(?:(?:, |、)${ID})*)`, 'g');

/**
 * The source ids a text cites in words: "(source A6)", "(sources B1, B2)", "（来源 F4、F5）",
 * "source C5(c)" (a part of C5). Rationales and the macro snapshot cite this way.
 */
export function citedIn(text: string): string[] {
  const ids = new Set<string>();
  for (const match of text.matchAll(CITATION)) {
    for (const id of match[1]!.split(/, |、/)) ids.add(id.replace(/\([a-e]\)$/, ''));
  }
  return [...ids];
}

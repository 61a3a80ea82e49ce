/**
 * The page's one style sheet, inline. System fonts only (a CJK face where the system has one: the
 * page never fetches a font). Colours are variables: light, dark through prefers-color-scheme, and
 * print always light on A4 with sections kept whole where they fit on a page.
 */
export const STYLE = `
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#57606a;--bg:#fff;--panel:#f6f8fa;--line:#d0d7de;--accent:#0b5cad;
--critical:#b3261e;--high:#c2410c;--medium:#946200;--low:#0e7490;--info:#57606a;--good:#1a7f37;--grid:#e4e8ec}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9da7b3;--bg:#0d1117;--panel:#161b22;--line:#30363d;--accent:#58a6ff;
--critical:#ff7b72;--high:#ffa657;--medium:#e3b341;--low:#56d4dd;--info:#9da7b3;--good:#3fb950;--grid:#262c34}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif}
main{max-width:1100px;margin:0 auto;padding:24px 20px 40px}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .25rem;overflow-wrap:anywhere}
h2{font-size:1.25rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
p,ul,ol{margin:.5rem 0}
.meta,.note,figcaption,caption{color:var(--muted)}
.meta{margin:0}
code,.rule{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.85em;overflow-wrap:anywhere}
article+article{margin-top:3rem;border-top:3px double var(--line);padding-top:1.5rem}
.score{display:flex;flex-wrap:wrap;gap:16px 40px;align-items:center;margin:1rem 0}
.score table{min-width:15rem;margin:0}
.score-value{font-size:3rem;font-weight:700;line-height:1}
.score-value small{font-size:1rem;font-weight:400;color:var(--muted);margin-left:.35rem}
.grade{display:inline-block;font-weight:700;border:2px solid currentColor;border-radius:6px;padding:0 .5rem;margin-left:.5rem}
.grade-A,.grade-B{color:var(--good)}.grade-C{color:var(--medium)}.grade-D,.grade-E{color:var(--critical)}
.alert{border-left:4px solid var(--critical);background:var(--panel);padding:.6rem .9rem;font-weight:600;margin:1rem 0}
.warnings li{color:var(--high)}
.scroll{max-width:100%;overflow-x:auto}
.scroll:focus-visible{outline:2px solid var(--accent)}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.93rem}
caption{text-align:left;font-size:.85rem;padding:.25rem 0;caption-side:top}
th,td{border-bottom:1px solid var(--line);padding:.4rem .55rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:var(--panel);border-bottom:2px solid var(--line);white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;overflow-wrap:normal}
.schedule td,.schedule th{padding:.2rem .5rem;font-size:.85rem}
.findings .title{font-weight:600;display:block}
.findings .rule{display:block;color:var(--muted)}
.findings td:first-child{white-space:nowrap}
.months th[scope=row]{white-space:nowrap;overflow-wrap:normal}
.findings td:nth-child(2),.findings td:nth-child(3){width:42%}
.sev{font-weight:700}.sev-critical{color:var(--critical)}.sev-high{color:var(--high)}.sev-medium{color:var(--medium)}.sev-low{color:var(--low)}.sev-info{color:var(--info)}
.area{display:block;color:var(--muted);font-size:.85em}
figure{margin:1.25rem 0;break-inside:avoid;page-break-inside:avoid}
figcaption{font-size:.9rem;margin-top:.25rem}
svg.chart{display:block;width:100%;height:auto;max-width:100%;font-size:12px}
svg.chart text{fill:var(--fg)}
svg.chart .muted{fill:var(--muted)}
svg.chart .axis line,svg.chart .axis path{stroke:var(--muted)}
svg.chart .grid{stroke:var(--grid)}
svg.chart .payoff{stroke:var(--fg);stroke-dasharray:3 3;opacity:.55}
svg.chart .mark circle{fill:var(--bg);stroke:var(--fg)}
svg.chart .bar{fill:var(--muted)}
svg.chart .bar.chosen{fill:var(--accent)}
svg.chart .strong{font-weight:700}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;font-size:.9rem}
.legend li{display:flex;align-items:center;gap:.4rem}
.swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:2px;flex:none}
.swatch svg{display:block}
details{margin:.5rem 0 1rem}
summary{cursor:pointer;color:var(--accent)}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);padding-top:.75rem}
@media (max-width:600px){main{padding:16px 12px 32px}svg.chart{font-size:19px}h1{font-size:1.3rem}.score-value{font-size:2.4rem}table{font-size:.85rem}th,td{padding:.3rem .35rem}}
@page{size:A4;margin:14mm 12mm}
@media print{
:root{color-scheme:light;--fg:#000;--muted:#444;--bg:#fff;--panel:#f2f2f2;--line:#bbb;--accent:#0b5cad;--critical:#b3261e;--high:#b54708;--medium:#8a5a00;--low:#0e6070;--good:#1a7f37;--grid:#e5e5e5}
body{font-size:10.5pt}
main{max-width:none;padding:0}
.scroll{overflow:visible}
thead{display:table-header-group}
tr,figure,.score,.alert,li{break-inside:avoid;page-break-inside:avoid}
h2,h3{break-after:avoid;page-break-after:avoid}
details>summary{display:none}
article+article{break-before:page;page-break-before:always;border-top:0}
.schedule td,.schedule th{font-size:8pt;padding:1px 4px}
.findings{font-size:9pt}
.findings td,.findings th{padding:3px 5px}
}
`.trim();

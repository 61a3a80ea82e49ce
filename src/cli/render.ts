/** Picks the renderer for a format; the table, markdown and HTML renderers load only when used (HTML: a bundle of its own). */
import type { Report } from '../report/schema';
import type { CliContext } from './context';
import type { AuditOptions } from './options';
import { jsonText } from '../report/json-text';

export async function renderReports(reports: Report[], format: AuditOptions['format'], several: boolean, ctx: CliContext): Promise<string> {
  switch (format) {
    case 'json':
      return jsonText(several ? reports : reports[0]);
    case 'ndjson':
      return reports.map((report) => jsonText(report, 'ndjson')).join('');
    case 'markdown': {
      const { renderMarkdown } = await import('../report/markdown');
      return reports.map((report) => renderMarkdown(report)).join('\n---\n\n');
    }
    case 'html': {
      const { renderHtml } = await import('../report/html');
      return renderHtml('check', reports, { lang: ctx.lang, source: reports[0]!.source });
    }
    case 'table': {
      const { renderTable } = await import('../report/table');
      return reports.map((report) => renderTable(report, { color: ctx.color, width: ctx.columns })).join('\n');
    }
  }
}

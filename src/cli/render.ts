/** Picks the renderer for a format; the table and markdown renderers (chalk) load only when used. */
import type { Report } from '../report/schema';
import type { CliContext } from './context';
import type { AuditOptions } from './options';

export async function renderReports(reports: Report[], format: AuditOptions['format'], several: boolean, ctx: CliContext): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(several ? reports : reports[0], null, 2)}\n`;
    case 'ndjson':
      return reports.map((report) => `${JSON.stringify(report)}\n`).join('');
    case 'markdown': {
      const { renderMarkdown } = await import('../report/markdown');
      return reports.map((report) => renderMarkdown(report)).join('\n---\n\n');
    }
    case 'table': {
      const { renderTable } = await import('../report/table');
      return reports.map((report) => renderTable(report, { color: ctx.color, width: ctx.columns })).join('\n');
    }
  }
}

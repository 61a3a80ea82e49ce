/**
 * The roadmap's document and views, in a bundle of their own (build.mjs, COLD): the projection
 * itself runs in the main bundle, where the rules it evaluates every month are already compiled
 * from the code cache; only what is the roadmap's alone loads here, and never on `check`'s path.
 * The table, markdown and HTML renderers load only for their format (the HTML page from its own bundle).
 */
import type { Roadmap } from '../roadmap';
import { roadmapToJson, type RoadmapContext } from './roadmap-json';
import type { TableOptions } from './table';
import { jsonText } from './json-text';

export async function roadmapOutput(roadmap: Roadmap, context: RoadmapContext, format: 'table' | 'json' | 'ndjson' | 'markdown' | 'html', view: TableOptions): Promise<string> {
  const doc = roadmapToJson(roadmap, context);
  switch (format) {
    case 'json':
    case 'ndjson':
      return jsonText(doc, format);
    case 'markdown': {
      const { renderRoadmapMarkdown } = await import('./roadmap-markdown');
      return renderRoadmapMarkdown(doc);
    }
    case 'html': {
      const { renderHtml } = await import('./html');
      return renderHtml('roadmap', doc, { lang: doc.lang, source: doc.source });
    }
    case 'table': {
      const { renderRoadmapTable } = await import('./roadmap-table');
      return renderRoadmapTable(doc, view);
    }
  }
}

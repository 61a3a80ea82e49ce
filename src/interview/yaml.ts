/**
 * The profile as YAML: what the review shows and what `--save` writes — one text, so the file
 * holds exactly what the user approved. Comments carry what the numbers alone cannot: which
 * sections were skipped, and which dates are estimates made from counts.
 */
import { Document, isMap, isNode, isSeq, visit } from 'yaml';
import { interviewText } from '../i18n/interview';
import type { Lang } from '../i18n/lang';
import type { Profile } from '../profile/schema';
import type { Note, SectionId } from './sections/types';

const MAX_FLOW_FIELDS = 5;

export function renderProfileYaml(profile: Profile, notes: readonly Note[], skipped: readonly SectionId[], lang: Lang): string {
  const t = interviewText(lang);
  const doc = new Document(profile);
  const header = [t.yaml.header, t.yaml.checkAgain];
  if (skipped.length > 0) header.push(t.yaml.skipped(skipped.map((id) => t.sectionTitle[id])));
  doc.commentBefore = header.join('\n');
  for (const note of notes) {
    const node = doc.getIn(note.path, true);
    if (isNode(node)) {
      const existing = node.commentBefore ? `${node.commentBefore}\n` : '';
      node.commentBefore = `${existing}${note.text}`;
    }
  }
  // Small records in lists (a month's amount, an inquiry, a credit line) one per line, as
  // product.md writes them; a debt, with its many fields, stays a block.
  visit(doc, {
    Map(_, map, path) {
      const parent = path[path.length - 1];
      const small = map.items.length <= MAX_FLOW_FIELDS && map.items.every((pair) => !isMap(pair.value) && !isSeq(pair.value));
      if (isSeq(parent) && small) map.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/**
 * How the roadmap follows a finding from one month to the next: a rule's one finding stays the
 * same finding when its message changes (a window to another); a rule that reports problems apart
 * (its timeline's `several`, debt/high-interest) is followed per message id.
 */
import { describe, expect, it } from 'vitest';
import { pairs } from '../../src/roadmap';
import { rules } from '../../src/rules/index';

const rule = (id: string) => rules.find((r) => r.id === id)!;
const finding = (ruleId: string, messageId: string) => ({ rule: rule(ruleId), ruleId, messageId });

describe('pairs', () => {
  it('keeps a rule’s one finding whatever message it shows', () => {
    const before = finding('credit/inquiries-frequent', 'more_than');
    const after = finding('credit/inquiries-frequent', 'at_least');
    expect(pairs([before], [after])).toEqual([[before, after]]);
  });

  it('follows each message of a rule that reports several apart', () => {
    const above = finding('debt/high-interest', 'above_lines');
    const overCap = finding('debt/high-interest', 'private_over_cap');
    // The loan above 24 % paid off while the private loan over the courts' cap remains, seen alone in each month.
    expect(pairs([above], [overCap])).toEqual([
      [above, undefined],
      [undefined, overCap],
    ]);
    expect(rule('debt/high-interest').timeline?.several).toBe(true);
  });
});

/**
 * `check --bills`: the bill exports' sections replace the profile's for this audit only; nothing
 * is written. The exports are read as `import` reads them, and the same summary goes to stderr.
 */
import type { Profile } from '../profile/schema';
import type { CliContext } from './context';

export async function withBills(profile: Profile, bills: readonly string[], asOf: string, ctx: CliContext): Promise<Profile> {
  const { loadBills, renderSummary, terminalProgress } = await import('./bill-files');
  const { applyImport } = await import('../import');
  const options = { months: 6, monthlyIncomeFen: Math.round(profile.income.monthly * 100), asOf, auditDate: asOf };
  const result = await loadBills(bills, options, ctx.lang, { ...terminalProgress(), write: ctx.err });
  for (const line of renderSummary(result, ctx.lang)) ctx.err(`${line}\n`);
  return applyImport(profile, result.sections);
}

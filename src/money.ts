/**
 * Money is integer fen (分) everywhere inside limit-audit; yuan (元, 2 decimals) only at the edges:
 * the profile as the user wrote it, and the report as scripts read it.
 */

/** Yuan as written in a profile (validated to at most 2 decimals) → integer fen. */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** Integer fen → yuan, exact to 2 decimals (no 0.30000000000000004 in a report). */
export function fenToYuan(fen: number): number {
  return Math.round(fen) / 100;
}

/**
 * Round half up (away from zero for negatives) to a whole fen.
 * Products such as `balance × apr / 12` are computed in binary floating point, where 27375 may
 * come out as 27374.999999996; the value is first snapped to 1e-6 fen so that a true .5 rounds up
 * and an artefact never decides the direction.
 */
export function roundHalfUp(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const abs = Math.abs(x);
  const snapped = abs < 1e9 ? Math.round(abs * 1e6) / 1e6 : abs;
  return sign * Math.floor(snapped + 0.5);
}

/** Formats fen as yuan with 2 decimals and thousands separators, e.g. 1234567 → "12,345.67". */
export function formatYuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(Math.round(fen));
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${cents}`;
}

/** A decimal rate as a percentage with up to 2 decimals: 0.1825 → "18.25%". */
export function formatPercent(rate: number, digits = 2): string {
  const factor = 10 ** digits;
  return `${Math.round(rate * 100 * factor) / factor}%`;
}

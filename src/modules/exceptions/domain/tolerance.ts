// When a counted or received quantity differs from the books enough to need someone: beyond the location's
// tolerance in units or in value (either one), the defaults below unless the location has its own.

export interface DiscrepancyTolerance {
  /** Units of difference on one line that are still fine. */
  units: number;
  /** Value of the difference on one line (minor units) that is still fine. */
  value: number;
}

export const DEFAULT_TOLERANCE: DiscrepancyTolerance = { units: 2, value: 2_000 };

export function beyondTolerance(difference: { units: number; value: number }, tolerance: DiscrepancyTolerance): boolean {
  return Math.abs(difference.units) > tolerance.units || Math.abs(difference.value) > tolerance.value;
}

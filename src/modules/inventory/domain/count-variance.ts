// A count line's variance at cost, as a reader sees it.

/** The variance at cost carries the variance's sign: negative when units are missing (stored and posted unsigned). */
export function signedValue(variance: number, value: number): number {
  return variance < 0 && value !== 0 ? -value : value;
}

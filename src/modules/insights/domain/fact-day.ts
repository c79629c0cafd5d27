// The day a fact belongs to: the UTC calendar date of the instant (as insights_backfill() reads timestamps).

export function factDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

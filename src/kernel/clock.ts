// The clock: one seam so tests and the demo generator can run the business at another time.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

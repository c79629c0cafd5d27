// Gathers one reader's digest for a day — the exceptions they may see that were open that day, their KPIs for the
// day, the same weekday a week earlier and the same day a year earlier — and composes it. The entry point for
// anything that sends digests (the scheduled e-mail): composeDigestFor(db, actor, date, now).
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { exceptionsOfDay } from '../../exceptions/index.ts';
import { getKpi, KPI_CATALOGUE } from '../../insights/index.ts';
import { getCompany, locationsByIds } from '../../network/index.ts';
import { composeDigest, type Digest, type DigestKpiInput } from '../domain/compose-digest.ts';
import { digestDate } from '../domain/digest-date.ts';
import { digestKpis, ownExceptionsOnly } from '../domain/digest-kpis.ts';
import { sameDayLastYear, shiftDays } from '../domain/wording.ts';

/** At most this many exceptions are listed in one digest (the largest by value at risk). */
export const DIGEST_EXCEPTIONS_LIMIT = 500;

/** The digest of `date` (YYYY-MM-DD; 400 when not a date, 404 when still to come) for `actor`, worded as of `now`. */
export async function composeDigestFor(db: Queryable, actor: Actor, date: string, now: Date): Promise<Digest> {
  const day = digestDate(date, now);
  const [company, exceptions, kpis, locations] = await Promise.all([
    getCompany(db),
    exceptionsOfDay(db, actor, day, { mine: ownExceptionsOnly(actor.role), limit: DIGEST_EXCEPTIONS_LIMIT + 1 }),
    kpiFigures(db, actor, day),
    actor.locationIds === null ? null : locationsByIds(db, actor.locationIds),
  ]);
  return composeDigest({
    date: day,
    now,
    role: actor.role,
    locations: locations === null ? null : [...locations.values()].map((location) => location.code).sort(),
    currency: company.currency,
    exceptions: exceptions.slice(0, DIGEST_EXCEPTIONS_LIMIT),
    moreExceptions: exceptions.length > DIGEST_EXCEPTIONS_LIMIT,
    kpis,
  });
}

async function kpiFigures(db: Queryable, actor: Actor, day: string): Promise<DigestKpiInput[]> {
  const valueOn = async (name: string, date: string) => (await getKpi(db, actor, name, { from: date, to: date }, undefined)).total;
  const figures: DigestKpiInput[] = [];
  for (const name of digestKpis(actor.role)) {
    const kpi = KPI_CATALOGUE.find((entry) => entry.name === name);
    if (!kpi?.available) continue;
    const [value, weekAgo, yearAgo] = await Promise.all([valueOn(name, day), valueOn(name, shiftDays(day, -7)), valueOn(name, sameDayLastYear(day))]);
    figures.push({ name, title: kpi.title, unit: kpi.unit, day: value, weekAgo, yearAgo });
  }
  return figures;
}

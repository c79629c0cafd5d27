// The daily digest built from data alone: the day's exceptions ranked by value at risk, the KPI moves against the
// same weekday last week and the same day last year, and the three actions that matter most — every line worded
// from its numbers, with why it is there and the path of the screen that shows it.
import { changePercent, changeWords, dayWords, dueWords, kpiValue, money, sameDayLastYear, shiftDays, type ValueUnit } from './wording.ts';

export interface DigestExceptionInput {
  id: string;
  kind: string;
  location: string | null;
  summary: string;
  status: 'open' | 'acknowledged' | 'resolved';
  valueAtRisk: number;
  dueAt: string;
}

export interface DigestKpiInput {
  name: string;
  title: string;
  unit: ValueUnit;
  /** The KPI over the day, the same weekday a week earlier and the same calendar day a year earlier. */
  day: number | null;
  weekAgo: number | null;
  yearAgo: number | null;
}

export interface DigestInput {
  date: string;
  /** When the digest is made: due times are worded against it. */
  now: Date;
  role: string;
  /** Location codes the reader is limited to; null for every location. */
  locations: readonly string[] | null;
  currency: string;
  exceptions: readonly DigestExceptionInput[];
  /** Whether there were more exceptions than those given (the largest by value at risk). */
  moreExceptions?: boolean;
  kpis: readonly DigestKpiInput[];
}

export interface DigestExceptionLine {
  id: string;
  kind: string;
  location: string | null;
  status: string;
  valueAtRisk: number;
  dueAt: string;
  text: string;
  why: string;
  link: string;
}

export interface Comparison {
  date: string;
  value: number | null;
  /** Change of the day's value against this one in per cent; null when either is missing or this one is zero. */
  changePercent: number | null;
}

export interface DigestKpiLine {
  name: string;
  title: string;
  unit: ValueUnit;
  value: number | null;
  lastWeek: Comparison;
  lastYear: Comparison;
  text: string;
  why: string;
  link: string;
}

export interface DigestAction {
  rank: number;
  verb: string;
  exceptionId: string;
  text: string;
  why: string;
  link: string;
}

export interface Digest {
  date: string;
  role: string;
  locations: string[] | null;
  currency: string;
  headline: string;
  /** Over the unresolved exceptions listed. */
  totalValueAtRisk: number;
  /** True when more exceptions were open than are listed (the largest by value at risk are). */
  moreExceptions: boolean;
  actions: DigestAction[];
  exceptions: DigestExceptionLine[];
  kpis: DigestKpiLine[];
}

/** The verb of the action that makes each kind of exception go away. */
export const ACTION_VERBS: Record<string, string> = {
  stock_discrepancy: 'Resolve',
  delayed_receipt: 'Chase',
  transfer_overdue: 'Chase',
  bill_mismatch: 'Resolve',
  settlement_unmatched: 'Match',
  integration_failed: 'Retry',
  return_anomaly: 'Review',
  negative_margin_sale: 'Review',
  stockout_risk: 'Reorder for',
  approval_overdue: 'Decide',
};

export const ACTION_COUNT = 3;

const ROLE_WORDS: Record<string, string> = {
  admin: 'Administrator',
  store_manager: 'Store manager',
  buyer: 'Buyer',
  finance: 'Finance',
};

const kindWords = (kind: string) => kind.replace(/_/g, ' ');

/** Largest value at risk first, then earliest due, then id: a total order, so equal inputs rank alike. */
function byValueAtRisk(a: DigestExceptionInput, b: DigestExceptionInput): number {
  return b.valueAtRisk - a.valueAtRisk || Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function composeDigest(input: DigestInput): Digest {
  const ranked = [...input.exceptions].sort(byValueAtRisk);
  const unresolved = ranked.filter((exception) => exception.status !== 'resolved');
  const totalValueAtRisk = unresolved.reduce((sum, exception) => sum + exception.valueAtRisk, 0);

  const exceptions = ranked.map((exception): DigestExceptionLine => {
    const where = exception.location === null ? '' : ` at ${exception.location}`;
    return {
      id: exception.id,
      kind: exception.kind,
      location: exception.location,
      status: exception.status,
      valueAtRisk: exception.valueAtRisk,
      dueAt: exception.dueAt,
      text: `${capitalise(kindWords(exception.kind))}${where} (${exception.status}): ${exception.summary}`,
      why: whyException(exception, input),
      link: exceptionLink(exception),
    };
  });

  const actions = unresolved.slice(0, ACTION_COUNT).map((exception, index): DigestAction => {
    const verb = ACTION_VERBS[exception.kind] ?? 'Resolve';
    const where = exception.location === null ? '' : ` at ${exception.location}`;
    return {
      rank: index + 1,
      verb,
      exceptionId: exception.id,
      text: `${verb} the ${kindWords(exception.kind)}${where}: ${exception.summary}`,
      why: whyException(exception, input),
      link: exceptionLink(exception),
    };
  });

  const lastWeekDate = shiftDays(input.date, -7);
  const lastYearDate = sameDayLastYear(input.date);
  const kpis = input.kpis.map((kpi): DigestKpiLine => {
    const lastWeek = { date: lastWeekDate, value: kpi.weekAgo, changePercent: changePercent(kpi.day, kpi.weekAgo) };
    const lastYear = { date: lastYearDate, value: kpi.yearAgo, changePercent: changePercent(kpi.day, kpi.yearAgo) };
    const shown = (value: number | null) => kpiValue(value, kpi.unit, input.currency);
    return {
      name: kpi.name,
      title: kpi.title,
      unit: kpi.unit,
      value: kpi.day,
      lastWeek,
      lastYear,
      text: `${kpi.title}: ${shown(kpi.day)}`,
      why: `${against(lastWeek, `last ${dayWords(lastWeekDate)}`, shown)}; ${against(lastYear, `the same day last year, ${dayWords(lastYearDate)}`, shown)}`,
      link: `/kpis/catalogue?kpi=${encodeURIComponent(kpi.name)}&by=day&from=${lastWeekDate}&to=${input.date}`,
    };
  });

  const scope = input.locations === null ? 'all locations' : input.locations.length === 0 ? 'no locations' : input.locations.join(', ');
  const count = unresolved.length;
  const more = input.moreExceptions === true;
  const headline = more
    ? `${dayWords(input.date)} for ${ROLE_WORDS[input.role] ?? input.role} (${scope}): more exceptions than listed; the ${ranked.length} largest include ${count} open, ${money(totalValueAtRisk, input.currency)} at risk.`
    : count === 0
      ? `${dayWords(input.date)} for ${ROLE_WORDS[input.role] ?? input.role} (${scope}): no open exceptions.`
      : `${dayWords(input.date)} for ${ROLE_WORDS[input.role] ?? input.role} (${scope}): ${count} open exception${count === 1 ? '' : 's'}, ${money(totalValueAtRisk, input.currency)} at risk.`;

  return {
    date: input.date,
    role: input.role,
    locations: input.locations === null ? null : [...input.locations],
    currency: input.currency,
    headline,
    totalValueAtRisk,
    moreExceptions: more,
    actions,
    exceptions,
    kpis,
  };
}

function whyException(exception: DigestExceptionInput, input: DigestInput): string {
  const atRisk = `${money(exception.valueAtRisk, input.currency)} at risk`;
  return exception.status === 'resolved' ? `${atRisk}, resolved since` : `${atRisk}, ${dueWords(exception.dueAt, input.now)}`;
}

function exceptionLink(exception: DigestExceptionInput): string {
  const status = exception.status === 'resolved' ? 'resolved' : 'unresolved';
  return `/exceptions?status=${status}&kind=${encodeURIComponent(exception.kind)}`;
}

function against(comparison: Comparison, when: string, shown: (value: number | null) => string): string {
  if (comparison.value === null) return `no figure for ${when}`;
  if (comparison.changePercent === null) return `${shown(comparison.value)} on ${when}, no change to measure`;
  return `${changeWords(comparison.changePercent)} on ${when} (${shown(comparison.value)})`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Loads the demo retailer into an empty database through the same commands the API uses (no raw inserts):
// the network and users, a catalogue of about 2,000 SKUs, opening stock at both warehouses and every store,
// and eight weeks of trading history up to today. Deterministic: the same seed and end date give the same
// demo (EMPORIUM_DEMO_SEED overrides the seed, EMPORIUM_DEMO_END the end date, YYYY-MM-DD).
import { type App, buildApp } from '../app.ts';
import { type Role, SYSTEM_ACTOR } from '../kernel/actor.ts';
import { createProduct } from '../modules/catalog/index.ts';
import { runAnomalyChecks } from '../modules/anomalies/index.ts';
import { runExceptionChecks } from '../modules/exceptions/index.ts';
import { createUser } from '../modules/identity/index.ts';
import { createLocation, listLocations, type Location, updateCompany } from '../modules/network/index.ts';
import type { EventBus } from '../platform/events/event-bus.ts';
import { UnitOfWork } from '../platform/db/unit-of-work.ts';
import { FAMILIES, type Family, generateCatalogue, STANDARD_TAX_RATE } from './demo-catalogue.ts';
import { type DemoLocation, DemoHistory, type HistoryCounts, MovableClock } from './demo-history.ts';
import { demoLocations, storeProfile } from './demo-network.ts';
import { plantReturnStory, type ReturnStory } from './demo-return-story.ts';
import { seededRandom } from './random.ts';
import { verifyLevels } from './verify-levels.ts';
import { insertCatalogue } from './year/bulk-catalogue.ts';
import { loadYear } from './year/load-year.ts';
import type { YearCounts } from './year/year-history.ts';

export const DEMO_PASSWORD = 'emporium-demo';
export const DEFAULT_DEMO_SEED = 20_261_127;

export interface DemoLogin {
  role: Role;
  email: string;
  locations?: string;
}

export const DEMO_USERS: Array<DemoLogin & { name: string }> = [
  { role: 'admin', email: 'admin@demo.emporium.dev', name: 'Ada Admin' },
  { role: 'store_manager', email: 'manager.s01@demo.emporium.dev', name: 'Sam Store-Manager', locations: 'S01' },
  { role: 'store_associate', email: 'associate.s01@demo.emporium.dev', name: 'Alex Associate', locations: 'S01' },
  { role: 'warehouse_operator', email: 'operator.north@demo.emporium.dev', name: 'Wim Warehouse', locations: 'WH-NORTH' },
  { role: 'buyer', email: 'buyer@demo.emporium.dev', name: 'Bea Buyer' },
  { role: 'finance', email: 'finance@demo.emporium.dev', name: 'Fien Finance' },
  { role: 'service_agent', email: 'service@demo.emporium.dev', name: 'Sid Service' },
  { role: 'analyst', email: 'analyst@demo.emporium.dev', name: 'Ana Analyst' },
];

export interface DemoOptions {
  /** The random seed (default EMPORIUM_DEMO_SEED, else 20261127). */
  seed?: number;
  /** Catalogue size (default 2,000). */
  skus?: number;
  /**
   * Weeks of history written through the commands, one document at a time (the former demo). Without it the
   * demo is a year written in bulk (`days`, default 365).
   */
  weeks?: number;
  /** Days of bulk history (default 365); ignored when `weeks` is given. */
  days?: number;
  /** Multiplies the number of orders a day (default 1: about 35 a day, 2,000 in eight weeks). */
  volume?: number;
  /** The history runs up to midnight (UTC) of this day; default EMPORIUM_DEMO_END, else today. */
  end?: Date | string;
  /** Checks at the end that the generator's view of stock is the ledger's (for tests). */
  verify?: boolean;
  /** Told once when loading starts (never when the database already holds a network), with the expected seconds. */
  onStart?: (expectedSeconds: number) => void;
  /** Told as loading goes: the phase and the share of the whole demo done so far. */
  onProgress?: (progress: DemoProgress) => void;
}

export interface DemoProgress {
  phase: string;
  /** 0–100, by the phases' share of the time a full demo takes (docs/demo-retailer.md). */
  percent: number;
}

/** Each phase's share of the loading time (measured: 0.5 s, 3.3 s, 4.8 s, 28 s of about 37 s). */
const PHASE_SHARE = { 'network and users': 1, catalogue: 9, 'opening stock': 13, history: 77 } as const;

export interface DemoContents {
  seed: number;
  from: string;
  to: string;
  skus: number;
  families: Record<Family, number>;
  locations: number;
  history: HistoryCounts | YearCounts;
  /** Rows written per table (the bulk year only). */
  rows?: Record<string, number>;
  /** The faulty batch planted for the anomaly checks (the bulk year only; docs/anomalies.md). */
  returnStory?: ReturnStory;
  /** Milliseconds per phase. */
  timings: Record<string, number>;
}

export interface DemoSummary {
  loaded: boolean;
  password: string;
  logins: DemoLogin[];
  contents?: DemoContents;
}

/**
 * Seeds an empty database; does nothing when it already has a network. Pass the app (its event bus carries
 * the subscribers that post journal entries and allocate backorders); given a bare unit of work, the seed
 * builds the composition root over the same database to get that bus.
 */
export async function seedDemoRetailer(target: App | UnitOfWork, options: DemoOptions = {}): Promise<DemoSummary> {
  const database = target.database;
  const existing = await listLocations(database.kysely, { limit: 1 });
  if (existing.items.length > 0) return { loaded: false, password: DEMO_PASSWORD, logins: DEMO_USERS };

  const settings = new Settings(options);
  options.onStart?.(expectedSeconds(settings, database.engine));
  const wired = target instanceof UnitOfWork ? await buildApp({ database }) : undefined;
  const bus: EventBus = wired ? wired.bus : (target as App).bus;
  try {
    const contents = await seed(settings, database, bus, options.verify ?? false, options.onProgress ?? (() => {}));
    return { loaded: true, password: DEMO_PASSWORD, logins: DEMO_USERS, contents };
  } finally {
    await wired?.http.close();
  }
}

/**
 * About how long loading takes on an idle 2-core machine: the full demo measured ~37 s on PGlite and ~32 s on
 * PostgreSQL, the catalogue scaling with the SKUs and the rest with the days and the volume.
 */
function expectedSeconds(settings: Settings, engine: 'pglite' | 'postgres'): number {
  // The bulk year: catalogue ~3 s, then ~30 s of CPU for 365 days at volume 1 on PGlite, ~15 s on PostgreSQL.
  if (settings.bulk) return Math.max(1, Math.round((3 * settings.skus) / 2000 + ((engine === 'pglite' ? 30 : 15) * settings.days * settings.volume) / 365));
  const full = engine === 'pglite' ? 37 : 32;
  const share = (PHASE_SHARE.catalogue * settings.skus) / 2000 + ((100 - PHASE_SHARE.catalogue) * settings.days * settings.volume) / 56;
  return Math.max(1, Math.round((full * share) / 100));
}

class Settings {
  readonly seed: number;
  readonly skus: number;
  readonly days: number;
  readonly volume: number;
  readonly end: Date;
  readonly bulk: boolean;

  constructor(options: DemoOptions) {
    this.seed = options.seed ?? positiveInteger(process.env.EMPORIUM_DEMO_SEED, 'EMPORIUM_DEMO_SEED') ?? DEFAULT_DEMO_SEED;
    this.skus = options.skus ?? 2000;
    this.bulk = options.weeks === undefined;
    this.days = this.bulk ? Math.round(options.days ?? 365) : Math.round(options.weeks as number * 7);
    this.volume = options.volume ?? 1;
    const end = options.end ?? process.env.EMPORIUM_DEMO_END ?? new Date();
    const day = new Date(end);
    if (Number.isNaN(day.getTime())) throw new Error(`The demo's end date must be a date (YYYY-MM-DD), got ${String(end)}`);
    this.end = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
    if (this.days < 1) throw new Error('The demo needs at least one day of history');
    if (!(this.volume > 0)) throw new Error('The demo volume must be positive');
  }
}

async function seed(settings: Settings, database: App['database'], bus: EventBus, verify: boolean, onProgress: (progress: DemoProgress) => void): Promise<DemoContents> {
  const timings: Record<string, number> = {};
  let lap = Date.now();
  let cpu = process.cpuUsage();
  let done = 0;
  const time = (phase: keyof typeof PHASE_SHARE) => {
    done += PHASE_SHARE[phase];
    onProgress({ phase, percent: done });
    const now = Date.now();
    timings[phase] = now - lap;
    const used = process.cpuUsage(cpu);
    timings[`${phase} (cpu)`] = Math.round((used.user + used.system) / 1000);
    cpu = process.cpuUsage();
    lap = now;
  };
  const random = seededRandom(settings.seed);
  const start = settings.end.getTime() - settings.days * 86_400_000;
  // The business is set up the day before its history starts, so nothing predates what it refers to.
  const clock = new MovableClock(new Date(start - 86_400_000 + 5 * 3_600_000));
  const uow = new UnitOfWork(database, bus, clock);

  const created: Location[] = [];
  await uow.withTransaction(SYSTEM_ACTOR, async (ctx) => {
    await updateCompany(ctx, { defaultTaxRate: STANDARD_TAX_RATE });
    for (const location of demoLocations()) created.push(await createLocation(ctx, location));
    for (const user of DEMO_USERS) {
      await createUser(ctx, {
        email: user.email,
        name: user.name,
        role: user.role,
        password: DEMO_PASSWORD,
        locations: user.locations ? [user.locations] : [],
      });
    }
  });
  time('network and users');

  const catalogue = generateCatalogue(random.fork('catalogue'), settings.skus);
  clock.set(start - 86_400_000 + 5.5 * 3_600_000);
  const productIds: string[] = [];
  if (settings.bulk) {
    // The year is written in bulk, and so is its catalogue: the rows createProduct writes, in two statements.
    productIds.push(...(await database.kysely.transaction().execute((tx) => insertCatalogue(tx, database.engine, catalogue, STANDARD_TAX_RATE, clock.now()))));
  } else {
    await uow.withTransaction(SYSTEM_ACTOR, async (ctx) => {
      for (const product of catalogue) productIds.push((await createProduct(ctx, product.input)).id);
    });
  }
  time('catalogue');

  if (settings.bulk) {
    const sizes = random.fork('stores');
    const year = await loadYear(
      database,
      random.fork('year'),
      catalogue,
      productIds,
      created.map((location) => {
        if (location.kind !== 'store') return { id: location.id, code: location.code, kind: location.kind };
        const profile = storeProfile(location.code);
        return { id: location.id, code: location.code, kind: location.kind, size: profile.size ?? Math.round(sizes.between(0.55, 1.05) * 100) / 100, warehouse: profile.warehouse };
      }),
      { days: settings.days, end: settings.end, volume: settings.volume },
    );
    // A faulty batch at S01 in the last days, for the anomaly checks to find.
    const returnStory = await plantReturnStory(uow, clock, settings.end);
    // The queue the commands would have raised as they went: the scheduled checks, run once at the end of the year,
    // then the anomaly checks over its last four weeks (return anomalies join the queue).
    clock.set(settings.end.getTime());
    const checksAt = Date.now();
    await uow.withTransaction(SYSTEM_ACTOR, (ctx) => runExceptionChecks(ctx));
    await uow.withTransaction(SYSTEM_ACTOR, (ctx) => runAnomalyChecks(ctx));
    const checks = Date.now() - checksAt;
    done += PHASE_SHARE['opening stock'];
    time('history');
    timings['year generate'] = year.timings.generate;
    timings['year write'] = year.timings.write;
    timings['year read models'] = year.timings.readModels;
    timings['exception and anomaly checks'] = checks;
    for (const [table, ms] of Object.entries(year.timings.tables)) timings[`write ${table}`] = ms;
    const families = Object.fromEntries(FAMILIES.map((family) => [family, catalogue.filter((product) => product.family === family).length])) as Record<Family, number>;
    return {
      seed: settings.seed,
      from: new Date(start).toISOString().slice(0, 10),
      to: new Date(settings.end.getTime() - 1).toISOString().slice(0, 10),
      skus: catalogue.length,
      families,
      locations: created.length,
      history: year.counts,
      rows: year.rows,
      ...(returnStory ? { returnStory } : {}),
      timings,
    };
  }

  const sizes = random.fork('stores');
  const stocked = created.filter((location) => location.kind === 'warehouse' || location.kind === 'store');
  const codes = stocked.map((location) => location.code);
  const locations: DemoLocation[] = stocked.map((location, index) => {
    if (location.kind === 'warehouse') return { index, location, size: 0, warehouse: -1 };
    const profile = storeProfile(location.code);
    return { index, location, size: profile.size ?? Math.round(sizes.between(0.55, 1.05) * 100) / 100, warehouse: codes.indexOf(profile.warehouse) };
  });
  const history = new DemoHistory(uow, clock, random.fork('history'), catalogue, productIds, locations, {
    days: settings.days,
    end: settings.end,
    volume: settings.volume,
    onDay: (day) => onProgress({ phase: `history, day ${day} of ${settings.days}`, percent: Math.floor(done + (PHASE_SHARE.history * day) / settings.days) }),
  });
  await history.openStock(new Date(start - 86_400_000 + 7 * 3_600_000));
  time('opening stock');
  await history.run();
  time('history');
  if (verify) await verifyLevels(database, history);

  const families = Object.fromEntries(FAMILIES.map((family) => [family, catalogue.filter((product) => product.family === family).length])) as Record<Family, number>;
  return {
    seed: settings.seed,
    from: new Date(start).toISOString().slice(0, 10),
    to: new Date(settings.end.getTime() - 1).toISOString().slice(0, 10),
    skus: catalogue.length,
    families,
    locations: created.length,
    history: history.counts,
    timings,
  };
}

function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0) throw new Error(`${name} must be a positive integer, got ${value}`);
  return number;
}

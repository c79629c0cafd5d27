// The emporium command line: start, migrate, seed --demo, create-user, replenish, openapi, forecast.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildApp } from './app.ts';
import { ROLES, SYSTEM_ACTOR } from './kernel/actor.ts';
import { systemClock } from './kernel/clock.ts';
import { readConfig } from './config.ts';
import { openConfiguredDatabase, startEmporium } from './main.ts';
import { FORECAST_USAGE, ForecastUsageError, InputFileError, parseForecastArgs, runForecastCommand } from './modules/forecasting/index.ts';
import { createUser, createUserBody } from './modules/identity/index.ts';
import { runReplenishment } from './modules/purchasing/index.ts';
import { migrate } from './platform/db/migrate.ts';
import { openApiDocument } from './openapi-document.ts';
import { UnitOfWork } from './platform/db/unit-of-work.ts';
import { EventBus } from './platform/events/event-bus.ts';
import { loadDemoWithProgress, type ProgressLogger } from './seed/load-demo.ts';

const USAGE = `Usage: emporium <command>
  start                      migrate, seed (EMPORIUM_SEED) and serve the API
  migrate                    apply pending database migrations
  seed --demo                load the demo retailer into an empty database
  create-user --email E --name N --role R --password P [--locations S01,S02]
  replenish                  run replenishment now: propose below-min reorder rules, draft orders and transfers
  openapi --out FILE         write the OpenAPI document of the API (the web app's typed client is generated from it)
  ${FORECAST_USAGE}
                             forecast demand from a history file (docs/forecasting.md)`;

/** The seed command talks to a person: its progress as plain lines. */
const consoleProgress: ProgressLogger = { info: (_fields, message) => console.log(message) };

async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(readConfig());
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      await startEmporium(readConfig());
      return -1;
    case 'migrate':
      await withDatabase(async () => console.log('Migrations applied.'));
      return 0;
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean' } } });
      if (!values.demo) throw new Error('Only the demo retailer can be seeded: emporium seed --demo');
      await withDatabase(async (database) => {
        const summary = await loadDemoWithProgress(new UnitOfWork(database, new EventBus(), systemClock), consoleProgress);
        console.log(summary.loaded ? 'Demo retailer loaded.' : 'The database already has a network; nothing seeded.');
      });
      return 0;
    }
    case 'create-user': {
      const { values } = parseArgs({
        args: rest,
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          role: { type: 'string' },
          password: { type: 'string' },
          locations: { type: 'string' },
        },
      });
      const parsed = createUserBody.safeParse({
        ...values,
        locations: values.locations ? values.locations.split(',').map((code) => code.trim()) : [],
      });
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ');
        throw new Error(`create-user needs --email, --name, --password and --role (${ROLES.join(', ')}): ${problems}`);
      }
      await withDatabase(async (database) => {
        const uow = new UnitOfWork(database, new EventBus(), systemClock);
        const user = await uow.withTransaction(SYSTEM_ACTOR, (ctx) =>
          createUser(ctx, parsed.data),
        );
        console.log(`Created ${user.role} ${user.email} (${user.id}).`);
      });
      return 0;
    }
    case 'openapi': {
      const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } } });
      if (!values.out) throw new Error('Name the file to write: emporium openapi --out openapi.json');
      writeFileSync(values.out, `${JSON.stringify(await openApiDocument(), null, 2)}\n`);
      return 0;
    }
    case 'replenish': {
      await withDatabase(async (database) => {
        // The whole app's unit of work, so every subscriber sees what the run does, as it would over HTTP.
        const app = await buildApp({ database, clock: systemClock });
        try {
          const run = await app.uow.withTransaction(SYSTEM_ACTOR, (ctx) => runReplenishment(ctx, 'emporium replenish'));
          console.log(
            `Replenishment run ${run.id}: ${run.rulesEvaluated} rules evaluated, ${run.proposalsCreated} proposals, ` +
              `${run.purchaseOrdersDrafted} purchase orders drafted (${run.purchaseOrdersAutoApproved} approved automatically), ` +
              `${run.transfersDrafted} transfers requested, in ${run.durationMs} ms.`,
          );
        } finally {
          await app.http.close();
        }
      });
      return 0;
    }
    case 'forecast':
      await runForecastCommand(parseForecastArgs(rest));
      return 0;
    default:
      console.error(USAGE);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

try {
  const code = await run(process.argv.slice(2));
  if (code >= 0) process.exit(code);
} catch (error) {
  // A bad input file is reported as `file:line: problem`, as the forecasting contract asks.
  if (error instanceof InputFileError) console.error(error.message);
  else console.error(`emporium: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof ForecastUsageError ? 2 : 1);
}

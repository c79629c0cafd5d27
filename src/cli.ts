// The emporium command line: start, migrate, seed --demo, create-user.
import { parseArgs } from 'node:util';
import { ROLES, type Role, SYSTEM_ACTOR } from './kernel/actor.ts';
import { systemClock } from './kernel/clock.ts';
import { readConfig } from './config.ts';
import { openConfiguredDatabase, startEmporium } from './main.ts';
import { createUser } from './modules/identity/index.ts';
import { migrate } from './platform/db/migrate.ts';
import { UnitOfWork } from './platform/db/unit-of-work.ts';
import { EventBus } from './platform/events/event-bus.ts';
import { seedDemoRetailer } from './seed/demo-retailer.ts';

const USAGE = `Usage: emporium <command>
  start                      migrate, seed (EMPORIUM_SEED) and serve the API
  migrate                    apply pending database migrations
  seed --demo                load the demo retailer into an empty database
  create-user --email E --name N --role R --password P [--locations S01,S02]`;

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
        const summary = await seedDemoRetailer(new UnitOfWork(database, new EventBus(), systemClock));
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
      if (!values.email || !values.name || !values.password || !ROLES.includes(values.role as Role)) {
        throw new Error(`create-user needs --email, --name, --password and --role (${ROLES.join(', ')})`);
      }
      await withDatabase(async (database) => {
        const uow = new UnitOfWork(database, new EventBus(), systemClock);
        const user = await uow.withTransaction(SYSTEM_ACTOR, (ctx) =>
          createUser(ctx, {
            email: values.email as string,
            name: values.name as string,
            role: values.role as Role,
            password: values.password as string,
            locations: values.locations ? values.locations.split(',').map((code) => code.trim()) : [],
          }),
        );
        console.log(`Created ${user.role} ${user.email} (${user.id}).`);
      });
      return 0;
    }
    default:
      console.error(USAGE);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

try {
  const code = await run(process.argv.slice(2));
  if (code >= 0) process.exit(code);
} catch (error) {
  console.error(`emporium: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

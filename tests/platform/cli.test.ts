// The emporium command line on the embedded engine in a temporary DATA_DIR: create-user and migrate work
// (exit 0), mistakes exit non-zero with a message, an unknown command exits 2 with the usage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEmporium } from '../support/run-emporium.ts';
import { openDatabase } from '../../src/platform/db/database.ts';

const emporium = runEmporium;

describe('emporium command line', () => {
  const root = mkdtempSync(join(tmpdir(), 'emporium-cli-'));
  const dataDir = join(root, 'data');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('create-user migrates an empty data directory and creates the user (exit 0)', async () => {
    const run = await emporium(
      ['create-user', '--email', 'Cli.Admin@example.com', '--name', 'Cli Admin', '--role', 'admin', '--password', 'correct horse battery'],
      dataDir,
    );
    expect(run.stderr).not.toMatch(/emporium:/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Created admin Cli\.Admin@example\.com \([0-9a-f-]{36}\)/);
  });

  it('migrate on the same directory succeeds (exit 0) and keeps the user', async () => {
    const run = await emporium(['migrate'], dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Migrations applied.');

    const database = await openDatabase({ engine: 'pglite', dataDir });
    try {
      const users = await database.kysely.selectFrom('app_user').select(['email', 'role', 'password_hash']).where('email', '=', 'Cli.Admin@example.com').execute();
      expect(users).toHaveLength(1);
      expect(users[0]).toMatchObject({ role: 'admin', password_hash: expect.stringMatching(/^scrypt\$/) });
      const migrations = await database.kysely.selectFrom('schema_migration').select('name').execute();
      expect(migrations.length).toBeGreaterThanOrEqual(3);
    } finally {
      await database.close();
    }
  });

  it('refuses a second user with the same email in another case (exit 1, a message, no stack trace)', async () => {
    const run = await emporium(
      ['create-user', '--email', 'cli.admin@EXAMPLE.com', '--name', 'Twin', '--role', 'analyst', '--password', 'correct horse battery'],
      dataDir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^emporium: .*already exists/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses create-user without the required options or with an unknown role (exit 1)', async () => {
    const missing = await emporium(['create-user', '--email', 'x@example.com'], dataDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('create-user needs --email, --name, --password and --role');

    const badRole = await emporium(['create-user', '--email', 'x@example.com', '--name', 'X', '--role', 'overlord', '--password', 'pw123456'], dataDir);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain('--role');

    const shortPassword = await emporium(['create-user', '--email', 'x@example.com', '--name', 'X', '--role', 'analyst', '--password', 'short'], dataDir);
    expect(shortPassword.code).toBe(1);
    expect(shortPassword.stderr).toContain('--password: must be at least 8 characters');
  });

  it('exits 2 with the usage for an unknown command, and 0 with the usage for help', async () => {
    const unknown = await emporium(['frobnicate'], dataDir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage: emporium <command>');
    for (const command of ['start', 'migrate', 'seed --demo', 'create-user']) expect(unknown.stderr).toContain(command);

    const help = await emporium(['help'], dataDir);
    expect(help.code).toBe(0);
    expect(help.stderr).toContain('Usage: emporium <command>');
  });
});

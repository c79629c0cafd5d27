// The embedded engine's data-directory lock: a second process opening the same DATA_DIR is refused with a
// message naming the directory (two PGlite processes on one directory silently lose rows); a stale lock
// left by a dead process is taken over. Always PGlite: the lock is about the embedded engine.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { runEmporium } from '../support/run-emporium.ts';
import { type Database, openDatabase } from '../../src/platform/db/database.ts';

const emporium = runEmporium;

/** The pid of a process that has exited (so no process holds it now). */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => resolve(child.pid as number));
  });
}

async function canQuery(database: Database): Promise<boolean> {
  const result = await sql<{ one: number }>`SELECT 1 AS one`.execute(database.kysely);
  return result.rows[0]?.one === 1;
}

describe('PGlite data-directory lock', () => {
  const root = mkdtempSync(join(tmpdir(), 'emporium-lock-'));
  const dataDir = join(root, 'data');
  const lockFile = `${dataDir}.lock`;
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a second process while this one holds the directory, naming the directory', async () => {
    const held = await openDatabase({ engine: 'pglite', dataDir });
    try {
      expect(await canQuery(held)).toBe(true);
      expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));

      const second = await emporium(['migrate'], dataDir);
      expect(second.code).not.toBe(0);
      expect(second.code).not.toBeNull();
      expect(second.stderr).toContain(dataDir);
      expect(second.stderr).toMatch(/in use/i);
      expect(second.stderr).toContain(String(process.pid));
      expect(second.stdout).not.toContain('Migrations applied');

      // The refused process left the holder's lock alone.
      expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));
      expect(await canQuery(held)).toBe(true);
    } finally {
      await held.close();
    }
    expect(existsSync(lockFile)).toBe(false);
  });

  it('refuses a second open inside the same process too', async () => {
    const held = await openDatabase({ engine: 'pglite', dataDir });
    try {
      await expect(openDatabase({ engine: 'pglite', dataDir })).rejects.toThrow(dataDir);
      expect(await canQuery(held)).toBe(true);
    } finally {
      await held.close();
    }
  });

  it('opens again once the holder has closed, in this process and in another one', async () => {
    const again = await openDatabase({ engine: 'pglite', dataDir });
    expect(await canQuery(again)).toBe(true);
    await again.close();

    const other = await emporium(['migrate'], dataDir);
    expect(other.stderr).not.toMatch(/in use/i);
    expect(other.code).toBe(0);
    expect(other.stdout).toContain('Migrations applied');
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over a stale lock file whose process is dead', async () => {
    const pid = await deadPid();
    writeFileSync(lockFile, String(pid));
    const database = await openDatabase({ engine: 'pglite', dataDir });
    try {
      expect(await canQuery(database)).toBe(true);
      expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));
    } finally {
      await database.close();
    }
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock file naming this very pid when this process does not hold it (a restarted container reuses pids)', async () => {
    writeFileSync(lockFile, String(process.pid));
    const database = await openDatabase({ engine: 'pglite', dataDir });
    try {
      expect(await canQuery(database)).toBe(true);
    } finally {
      await database.close();
    }
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock file with garbage in it', async () => {
    writeFileSync(lockFile, 'not a pid');
    const database = await openDatabase({ engine: 'pglite', dataDir });
    await database.close();
    expect(existsSync(lockFile)).toBe(false);
  });
});

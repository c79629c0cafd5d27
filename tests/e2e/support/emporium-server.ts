// Starts one real Emporium (`emporium start`, demo retailer) for the browser suite and stops it afterwards.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { testServerUrl, withDatabaseName } from '../../support/test-database-url.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    engine: 'pglite' | 'postgres';
  }
}

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const STARTUP_TIMEOUT_MS = 600_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function waitForListening(child: ChildProcess, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Emporium did not start within ${STARTUP_TIMEOUT_MS} ms:\n${output}`)), STARTUP_TIMEOUT_MS);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`is running at ${url}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Emporium exited with ${code} before listening:\n${output}`));
    });
  });
}

export default async function setup(project: TestProject) {
  // While working on screens, E2E_BASE_URL points the suite at an Emporium already running with the demo
  // (started after `npm run build -w web`: the server serves the files that existed when it started).
  if (process.env.E2E_BASE_URL) {
    project.provide('baseUrl', process.env.E2E_BASE_URL);
    project.provide('engine', 'pglite');
    return undefined;
  }
  // The browser must test the app as the sources are now, not a build left from an earlier checkout.
  execFileSync('npm', ['run', 'build', '-w', 'web'], { cwd: REPO, stdio: 'ignore' });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', EMPORIUM_SEED: 'demo', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;

  const serverUrl = testServerUrl();
  const databaseName = `emporium_e2e_${process.pid}`;
  let dataDir: string | undefined;
  let admin: pg.Client | undefined;
  if (serverUrl) {
    admin = new pg.Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName}`);
    await admin.query(`CREATE DATABASE ${databaseName}`);
    env.DATABASE_URL = withDatabaseName(serverUrl, databaseName);
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'emporium-e2e-'));
    env.DATA_DIR = dataDir;
  }

  const child = spawn(process.execPath, ['bin/emporium.js', 'start'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  await waitForListening(child, baseUrl);
  project.provide('baseUrl', baseUrl);
  project.provide('engine', serverUrl ? 'postgres' : 'pglite');

  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await admin.end();
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

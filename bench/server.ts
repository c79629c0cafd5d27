// Starts an Emporium server in a child process (so the load generator does not share its event loop)
// on PostgreSQL or embedded PGlite, and waits until it answers.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchServer {
  baseUrl: string;
  token: string;
  stop(): Promise<void>;
}

const ADMIN_TOKEN = 'bench-admin-token';

export async function startServer(engine: 'postgres' | 'pglite', databaseUrl: string | undefined, port: number): Promise<BenchServer> {
  const dataDir = engine === 'pglite' ? mkdtempSync(join(tmpdir(), 'emporium-bench-')) : undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMPORIUM_ADMIN_TOKEN: ADMIN_TOKEN, EMPORIUM_SEED: 'none', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  if (engine === 'postgres') env.DATABASE_URL = databaseUrl;
  else env.DATA_DIR = join(dataDir as string, 'data');
  const child: ChildProcess = spawn(process.execPath, ['bin/emporium.js', 'start'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl,
    token: ADMIN_TOKEN,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

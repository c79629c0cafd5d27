// An exclusive lock on an embedded data directory: PGlite lets two processes open one directory and then
// silently loses rows, so a second process must be refused before it opens anything.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export class DataDirectoryInUse extends Error {
  override name = 'DataDirectoryInUse';
}

export interface DataDirLock {
  release(): void;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock files this process holds: a lock naming our own pid that is not in here was left by an earlier
 * process that had the same pid (a restarted container's main process is pid 1 again), so it is stale. */
const heldHere = new Set<string>();

function holderIsAlive(holder: number, lockPath: string): boolean {
  if (holder === process.pid) return heldHere.has(lockPath);
  return processIsAlive(holder);
}

export function lockDataDir(dataDir: string): DataDirLock {
  const lockPath = `${resolve(dataDir)}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldHere.add(lockPath);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          heldHere.delete(lockPath);
          try {
            unlinkSync(lockPath);
          } catch {
            // already gone: nothing to release
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holderIsAlive(holder, lockPath)) {
        throw new DataDirectoryInUse(
          `The data directory ${resolve(dataDir)} is in use by process ${holder}. ` +
            'Stop that process, or point DATA_DIR at another directory.',
        );
      }
      // The holder died without releasing: the lock is stale.
      unlinkSync(lockPath);
    }
  }
  throw new DataDirectoryInUse(`Could not lock ${lockPath}`);
}

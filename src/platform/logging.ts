// The one place the process logger is built: readable lines (pino-pretty, synchronously in this thread, no
// worker transport) for a person at a terminal, JSON lines for anything else (files, log collectors).
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export interface LoggerOptions {
  level: string;
  /** Whether stdout is a terminal; pass process.stdout.isTTY. */
  tty: boolean;
  /** Where the lines go (default stdout). */
  destination?: NodeJS.WritableStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? process.stdout;
  if (!options.tty) return pino({ level: options.level }, destination);
  return pino({ level: options.level }, pretty({ destination, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' }));
}

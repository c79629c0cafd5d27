// CSV exports of reports: RFC 4180 quoting, a header row, sent as text/csv with a file name.
import type { FastifyReply } from 'fastify';

export type CsvValue = string | number | boolean | null | undefined;

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading =, +, - or @ would be run as a formula by spreadsheets; numbers are safe as they are.
  const guarded = typeof value === 'string' && /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function sendCsv(reply: FastifyReply, filename: string, csv: string): FastifyReply {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}.csv"`).send(csv);
}

// A KPI as CSV: one row per key (RFC 4180 quoting, formula-guarded text), then the total.
import type { FastifyReply } from 'fastify';
import type { KpiAnswer } from '../queries/get-kpi.ts';

export function kpiCsv(answer: KpiAnswer): string {
  const percentiles = answer.rows.some((row) => row.p50 !== undefined);
  const header = [answer.by ?? 'key', 'value', 'numerator', 'denominator', ...(percentiles ? ['p50', 'p90'] : [])];
  const line = (key: string, figures: { value: number | null; numerator: number | null; denominator: number | null; p50?: number | null; p90?: number | null }) => [
    key,
    figures.value,
    figures.numerator,
    figures.denominator,
    ...(percentiles ? [figures.p50 ?? null, figures.p90 ?? null] : []),
  ];
  const rows = [...answer.rows.map((row) => line(row.key, row)), line('total', answer.totals)];
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const guarded = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function sendCsv(reply: FastifyReply, filename: string, csv: string): FastifyReply {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}.csv"`).send(csv);
}

// A KPI as CSV: one row per key (RFC 4180 quoting, formula-guarded text), then the total.
import type { FastifyReply } from 'fastify';
import type { KpiFigures } from '../kpis/kpi-definition.ts';
import type { KpiAnswer } from '../queries/get-kpi.ts';

export function kpiCsv(answer: KpiAnswer): string {
  const percentiles = answer.totals.p50 !== undefined;
  const buckets = answer.totals.buckets?.map((b) => b.bucket) ?? [];
  const header = [
    answer.by ?? 'key',
    'value',
    'numerator',
    'denominator',
    ...(percentiles ? ['p50', 'p90'] : []),
    ...buckets.flatMap((bucket) => [`units ${bucket}`, `value ${bucket}`]),
  ];
  const line = (key: string, figures: KpiFigures) => [
    key,
    figures.value,
    figures.numerator,
    figures.denominator,
    ...(percentiles ? [figures.p50 ?? null, figures.p90 ?? null] : []),
    ...buckets.flatMap((bucket) => {
      const found = figures.buckets?.find((b) => b.bucket === bucket);
      return [found?.units ?? 0, found?.value ?? 0];
    }),
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

// Words for the anomaly lists: kinds as people say them, and a finding's figures in their unit.

export const ANOMALY_KIND_LABELS: Record<string, string> = {
  shrink: 'Shrink',
  lead_time_drift: 'Vendor lead-time drift',
  overstock: 'Overstock',
  slow_mover: 'Slow mover',
  margin_erosion: 'Margin erosion',
};

const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A figure in its unit: ratios as percentages, days and weeks with one decimal, units as counts. */
export function formatFigure(value: number, unit: string): string {
  switch (unit) {
    case 'ratio':
      return `${oneDecimal.format(value * 100)} %`;
    case 'days':
      return `${oneDecimal.format(value)} days`;
    case 'weeks':
      return `${oneDecimal.format(value)} weeks`;
    default:
      return `${oneDecimal.format(value)} units`;
  }
}

export const SUBJECT_LABELS: Record<string, string> = { product: 'SKU', location: 'Location', vendor: 'Vendor', family: 'Family' };

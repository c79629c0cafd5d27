// Parses a payment provider's settlement CSV (date, reference, gross, fee, net) into rows, each either
// readable or carrying the reason it is not. Amounts are integers of minor units; a file whose amounts have
// a decimal point is read in major units with at most two decimals ("12.99" = 1299), never through floats.

export interface SettlementRow {
  rowNo: number;
  date: string;
  reference: string;
  gross: number | null;
  fee: number | null;
  net: number | null;
  /** Why the row cannot be settled as it stands; undefined when it is readable and adds up. */
  problem?: string;
}

export const SETTLEMENT_COLUMNS = ['date', 'reference', 'gross', 'fee', 'net'] as const;

export class SettlementFileError extends Error {}

export function parseSettlementCsv(text: string): SettlementRow[] {
  const records = parseCsvRecords(text.replace(/^\uFEFF/, '')).filter((record) => record.some((field) => field.trim() !== ''));
  const header = records.shift()?.map((field) => field.trim().toLowerCase());
  if (!header) throw new SettlementFileError('the file is empty');
  const index = Object.fromEntries(SETTLEMENT_COLUMNS.map((column) => [column, header.indexOf(column)])) as Record<(typeof SETTLEMENT_COLUMNS)[number], number>;
  const missing = SETTLEMENT_COLUMNS.filter((column) => index[column] < 0);
  if (missing.length > 0) throw new SettlementFileError(`the header lacks ${missing.join(', ')}`);
  const decimal = records.some((record) => (['gross', 'fee', 'net'] as const).some((column) => (record[index[column]] ?? '').includes('.')));
  return records.map((record, i) => {
    const field = (column: (typeof SETTLEMENT_COLUMNS)[number]) => (record[index[column]] ?? '').trim();
    const [gross, fee, net] = (['gross', 'fee', 'net'] as const).map((column) => parseAmount(field(column), decimal));
    const row: SettlementRow = { rowNo: i + 1, date: field('date'), reference: field('reference'), gross: gross ?? null, fee: fee ?? null, net: net ?? null };
    const problem = problemOf(row);
    return problem ? { ...row, problem } : row;
  });
}

function problemOf(row: SettlementRow): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date) || Number.isNaN(Date.parse(row.date))) return 'invalid_date';
  if (row.reference === '' || row.reference.length > 200) return 'invalid_reference';
  if (row.gross === null || row.fee === null || row.net === null) return 'invalid_amount';
  if (row.gross - row.fee !== row.net) return 'amounts_do_not_add_up';
  return undefined;
}

function parseAmount(text: string, decimal: boolean): number | null {
  const match = /^(-?)(\d{1,15})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction] = match;
  if (!decimal && fraction !== undefined) return null;
  const minor = decimal ? Number(whole) * 100 + Number((fraction ?? '').padEnd(2, '0')) : Number(whole);
  return Number.isSafeInteger(minor) ? (sign === '-' && minor !== 0 ? -minor : minor) : null;
}

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

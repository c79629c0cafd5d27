// Finds the named columns of a CSV header: required ones must be there, optional ones may be, others are ignored.
import { InputFileError } from './csv-source.ts';

export function headerColumns(header: string[], required: string[], optional: string[], file: string, line: number): Record<string, number> {
  const names = header.map((name) => name.trim().replace(/^\uFEFF/, '').toLowerCase());
  const columns: Record<string, number> = {};
  for (const wanted of [...required, ...optional]) {
    const at = names.indexOf(wanted);
    if (at < 0) continue;
    if (names.indexOf(wanted, at + 1) >= 0) throw new InputFileError(file, line, `bad header: column ${wanted} appears twice`);
    columns[wanted] = at;
  }
  const missing = required.filter((name) => columns[name] === undefined);
  if (missing.length > 0) {
    throw new InputFileError(file, line, `bad header: expected ${required.join(',')}${optional.length ? ` (and optionally ${optional.join(', ')})` : ''}, missing ${missing.join(', ')}`);
  }
  return columns;
}

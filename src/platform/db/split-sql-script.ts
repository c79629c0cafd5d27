// Splits a SQL script into statements, because PGlite's query() (and the extended protocol) runs one
// statement at a time. It respects quoted strings, quoted identifiers, comments and dollar-quoted bodies.

export function splitSqlScript(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < script.length) {
    const rest = script.slice(i);
    // E'…' strings take backslash escapes (E'it\'s'); the E must start a word, not end an identifier.
    const escapeString = /[Ee]/.test(script[i - 1] ?? '') && !/[A-Za-z0-9_$]/.test(script[i - 2] ?? '');
    const skip =
      matchLineComment(rest) ??
      matchBlockComment(rest) ??
      matchQuoted(rest, "'", escapeString) ??
      matchQuoted(rest, '"', false) ??
      (/[A-Za-z0-9_$]/.test(script[i - 1] ?? '') ? undefined : matchDollarQuoted(rest));
    if (skip !== undefined) {
      if (!skip.startsWith('--') && !skip.startsWith('/*')) current += skip;
      i += skip.length;
      continue;
    }
    const char = script[i] as string;
    if (char === ';') {
      if (current.trim()) statements.push(current.trim());
      current = '';
    } else {
      current += char;
    }
    i += 1;
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

function matchLineComment(text: string): string | undefined {
  if (!text.startsWith('--')) return undefined;
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

function matchBlockComment(text: string): string | undefined {
  if (!text.startsWith('/*')) return undefined;
  const end = text.indexOf('*/');
  return end === -1 ? text : text.slice(0, end + 2);
}

function matchQuoted(text: string, quote: string, backslashEscapes: boolean): string | undefined {
  if (!text.startsWith(quote)) return undefined;
  let i = 1;
  while (i < text.length) {
    if (backslashEscapes && text[i] === '\\') i += 2;
    else if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return text.slice(0, i + 1);
    } else i += 1;
  }
  return text;
}

function matchDollarQuoted(text: string): string | undefined {
  // A tag is empty or an identifier ($body_1$), never a positional parameter ($1).
  const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text)?.[0];
  if (!tag) return undefined;
  const end = text.indexOf(tag, tag.length);
  return end === -1 ? text : text.slice(0, end + tag.length);
}

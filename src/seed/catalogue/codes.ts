// Short SKU codes for variant values, unique within a style, and the lower-casing of names in later passes.
export function lowerFirst(name: string): string {
  return /^[A-Z][a-z]/.test(name) && !/^(Fair Isle|Chelsea) /.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** A short code for a variant value in the SKU: "Grey melange" → GRM, "M" → M, "1 TB" → 1TB, "iPhone 16 Pro" → IP16P. */
export function code(value: string): string {
  const plain = value.normalize('NFKD').replace(/×/g, 'X').replace(/[^A-Za-z0-9 /]/g, '').trim();
  if (/^[0-9]/.test(plain) || plain.length <= 4) return plain.replace(/[ /]/g, '').toUpperCase();
  const words = plain.split(/[ /]+/).filter(Boolean);
  if (words.length === 1) return (words[0] as string).slice(0, 3).toUpperCase();
  return words.map((word, index) => (/[0-9]/.test(word) ? word : word.slice(0, index === 0 ? 2 : 1))).join('').toUpperCase();
}

/** Codes for a style's variant values, unique within the style ("Charcoal" CHA, then "Chalk" CHAL). */
export function codes(values: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const result = new Map<string, string>();
  for (const value of values) {
    if (value === '' || result.has(value)) continue;
    let candidate = code(value);
    const long = value.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    for (let length = candidate.length + 1; taken.has(candidate) && length <= long.length; length++) candidate = long.slice(0, length);
    for (let n = 2; taken.has(candidate); n++) candidate = `${code(value)}${n}`;
    taken.add(candidate);
    result.set(value, candidate);
  }
  return result;
}

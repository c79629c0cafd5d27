import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldForSearch, productSearchText, searchWords } from './search-text.ts';

describe('search text', () => {
  it('folds case and accents', () => {
    expect(foldForSearch('Crème BRÛLÉE Café Ñandú')).toBe('creme brulee cafe nandu');
  });

  it('joins the searchable fields that are present, skipping absent ones', () => {
    const product = { sku: 'TEE-S', name: 'Tee Été', style: null, attributes: { colour: 'Rouge', size: 'S' }, category: 'Hauts' };
    expect(productSearchText(product)).toBe('tee-s tee ete rouge s hauts');
  });

  it('splits a query into folded words, ignoring extra blanks', () => {
    expect(searchWords('  Café   NOIR ')).toEqual(['cafe', 'noir']);
    expect(searchWords('   ')).toEqual([]);
  });
});

describe('the migration that filled search_text for existing products', () => {
  it('folds every accented letter it names the way foldForSearch does', () => {
    const migration = readFileSync(new URL('../db/migrations/20261203000300_catalog_search.sql', import.meta.url), 'utf8');
    const [, from, to] = /translate\(\s*concat_ws\([^)]*\),\s*'([^']*)',\s*'([^']*)'/u.exec(migration) ?? [];
    expect(from?.length).toBeGreaterThan(100);
    const folded = [...(from as string)].map((char, i) => (to as string)[i] ?? '').join('');
    expect(folded).toBe(foldForSearch(from as string));
  });
});

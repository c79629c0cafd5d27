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

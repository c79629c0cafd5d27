// The catalog API: creating, looking up, searching and changing products, with validation, permissions,
// audit and idempotency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const tee = { sku: 'TEE-M-NAVY', name: 'Classic tee, navy, M', cost: 450, price: 1299 };

async function create(body: Record<string, unknown>, token?: string) {
  return t.post('/api/v1/products', body, token === undefined ? {} : { token });
}

async function createOk(body: Record<string, unknown>) {
  const response = await create({ cost: 100, price: 200, ...body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** How many products carry a SKU: a failed write must have left none behind. */
async function countOf(sku: string): Promise<number> {
  const response = await t.get(`/api/v1/products?q=${encodeURIComponent(sku)}&limit=500`);
  return response.body.items.filter((item: { sku: string }) => item.sku === sku).length;
}

describe('creating and reading products', () => {
  it('creates a product (201) with defaults and reads it back by SKU', async () => {
    const created = await create({ ...tee, barcode: '4006381333931', category: 'T-shirts' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sku: 'TEE-M-NAVY',
      name: 'Classic tee, navy, M',
      barcode: '4006381333931',
      category: 'T-shirts',
      family: null,
      style: null,
      attributes: {},
      unitOfMeasure: 'unit',
      cost: 450,
      price: 1299,
      taxRate: 2000,
    });
    const read = await t.get('/api/v1/products/TEE-M-NAVY');
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
  });

  it('keeps family, style, attributes and unit of measure', async () => {
    const body = await createOk({ sku: 'RICE-5KG', name: 'Rice 5 kg', family: 'home', style: 'RICE', attributes: { size: '5kg' }, unitOfMeasure: 'bag' });
    expect(body).toMatchObject({ family: 'home', style: 'RICE', attributes: { size: '5kg' }, unitOfMeasure: 'bag' });
    expect((await t.get('/api/v1/products/RICE-5KG')).body).toEqual(body);
  });

  it('answers 404 not_found as problem+json for an unknown SKU', async () => {
    const response = await t.get('/api/v1/products/NO-SUCH-SKU');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('reads SKUs with URL-encoded characters', async () => {
    await createOk({ sku: 'CUP/350 ml', name: 'Cup' });
    const response = await t.get(`/api/v1/products/${encodeURIComponent('CUP/350 ml')}`);
    expect(response.status).toBe(200);
    expect(response.body.sku).toBe('CUP/350 ml');
  });

  it('refuses a duplicate SKU with 409 already_exists and leaves the first product as it was', async () => {
    await createOk({ sku: 'DUP-1', name: 'First', price: 500 });
    const again = await create({ sku: 'DUP-1', name: 'Second', cost: 1, price: 999 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_exists');
    expect((await t.get('/api/v1/products/DUP-1')).body).toMatchObject({ name: 'First', price: 500 });
  });
});

describe('racing creates', () => {
  it('lets exactly one of several simultaneous creates of one SKU, or one barcode, win; the others get 409', async () => {
    const sameSku = await Promise.all(
      Array.from({ length: 6 }, (_, i) => create({ sku: 'RACE-SKU', name: `Racer ${i}`, cost: 1, price: 2 })),
    );
    expect(sameSku.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(sameSku.filter((response) => response.status === 409).every((response) => response.body.code === 'already_exists')).toBe(true);

    const sameGtin = await Promise.all(
      ['73513537', '00000073513537', '000073513537'].map((barcode, i) => create({ sku: `RACE-GTIN-${i}`, name: 'Racer', cost: 1, price: 2, barcode })),
    );
    expect(sameGtin.map((response) => response.status).sort()).toEqual([201, 409, 409]);
    expect((await t.get('/api/v1/products?barcode=73513537')).body.items).toHaveLength(1);
  });
});

describe('tax rate', () => {
  it('shows the company default when the product has no rate, and its own rate (even 0) when it has one', async () => {
    expect((await createOk({ sku: 'TAX-DEFAULT', name: 'Default rate' })).taxRate).toBe(2000);
    expect((await createOk({ sku: 'TAX-OWN', name: 'Own rate', taxRate: 900 })).taxRate).toBe(900);
    expect((await createOk({ sku: 'TAX-ZERO', name: 'Zero rate', taxRate: 0 })).taxRate).toBe(0);
  });

  it('follows a later change of the company default for products without their own rate', async () => {
    await createOk({ sku: 'TAX-FOLLOW', name: 'Follows' });
    await createOk({ sku: 'TAX-FIXED', name: 'Fixed', taxRate: 600 });
    expect((await t.post('/api/v1/company', { defaultTaxRate: 2100 })).status).toBe(200);
    try {
      expect((await t.get('/api/v1/products/TAX-FOLLOW')).body.taxRate).toBe(2100);
      expect((await t.get('/api/v1/products/TAX-FIXED')).body.taxRate).toBe(600);
      const listed = await t.get('/api/v1/products?q=TAX-FOLLOW');
      expect(listed.body.items[0].taxRate).toBe(2100);
    } finally {
      expect((await t.post('/api/v1/company', { defaultTaxRate: 2000 })).status).toBe(200);
    }
  });

  it.each([-1, 10_001, 12.5, '2000'])('refuses taxRate %j with 400 at /taxRate', async (taxRate) => {
    const response = await create({ sku: 'TAX-BAD', name: 'Bad', cost: 1, price: 2, taxRate });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ path: '/taxRate' }));
    expect(await countOf('TAX-BAD')).toBe(0);
  });
});

describe('barcodes', () => {
  it.each([
    ['GTIN-8', '96385074'],
    ['GTIN-12', '036000291452'],
    ['GTIN-13', '5901234123457'],
    ['GTIN-14', '10012345678902'],
  ])('accepts a valid %s and finds the product by it', async (kind, barcode) => {
    const body = await createOk({ sku: `GTIN-${kind}`, name: kind, barcode });
    expect(body.barcode).toBe(barcode);
    const byPath = await t.get(`/api/v1/products/by-barcode/${barcode}`);
    expect(byPath.status).toBe(200);
    expect(byPath.body.sku).toBe(`GTIN-${kind}`);
    const byQuery = await t.get(`/api/v1/products?barcode=${barcode}`);
    expect(byQuery.body.items.map((item: { sku: string }) => item.sku)).toEqual([`GTIN-${kind}`]);
  });

  it.each(['4006381333932', '12345', 'ABCDEFGH', '4006 381333931', ''])(
    'refuses barcode %j with 400 validation_failed at /barcode and creates nothing',
    async (barcode) => {
      const response = await create({ sku: 'BAD-GTIN', name: 'Bad barcode', cost: 1, price: 2, barcode });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors).toContainEqual(expect.objectContaining({ path: '/barcode' }));
      expect((await t.get('/api/v1/products/BAD-GTIN')).status).toBe(404);
    },
  );

  it('refuses a barcode given as a number', async () => {
    const response = await create({ sku: 'NUM-GTIN', name: 'Number', cost: 1, price: 2, barcode: 96385074 });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ path: '/barcode' }));
  });

  it('refuses a barcode another product has, in any spelling of the same GTIN, with 409 already_exists', async () => {
    await createOk({ sku: 'UPC-FIRST', name: 'UPC', barcode: '042100005264' });
    for (const spelling of ['042100005264', '0042100005264', '00042100005264']) {
      const response = await create({ sku: 'UPC-SECOND', name: 'Same GTIN', cost: 1, price: 2, barcode: spelling });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('already_exists');
    }
    expect((await t.get('/api/v1/products/UPC-SECOND')).status).toBe(404);
    expect((await t.get('/api/v1/products/by-barcode/0042100005264')).body.sku).toBe('UPC-FIRST');
  });

  it('answers 404 for a barcode no product has, valid GTIN or not', async () => {
    expect((await t.get('/api/v1/products/by-barcode/96385081')).status).toBe(404);
    expect((await t.get('/api/v1/products/by-barcode/not-a-gtin')).status).toBe(404);
    const listed = await t.get('/api/v1/products?barcode=not-a-gtin');
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ items: [], nextCursor: null });
  });
});

describe('validation', () => {
  it('refuses a negative price with 400 at /price', async () => {
    const response = await create({ sku: 'NEG-PRICE', name: 'Negative', cost: 1, price: -1 });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'validation_failed', status: 400 });
    expect(response.body.errors).toContainEqual(expect.objectContaining({ path: '/price' }));
    expect((await t.get('/api/v1/products/NEG-PRICE')).status).toBe(404);
  });

  it('names every missing field', async () => {
    const response = await create({});
    expect(response.status).toBe(400);
    const paths = response.body.errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['/sku', '/name', '/cost', '/price']));
  });

  it.each([
    [{ sku: '', name: 'x', cost: 1, price: 1 }, '/sku'],
    [{ sku: 'X'.repeat(65), name: 'x', cost: 1, price: 1 }, '/sku'],
    [{ sku: 'TAB\tSKU', name: 'x', cost: 1, price: 1 }, '/sku'],
    [{ sku: 'BLANK', name: '   ', cost: 1, price: 1 }, '/name'],
    [{ sku: 'FLOAT', name: 'x', cost: 1.5, price: 1 }, '/cost'],
    [{ sku: 'HUGE', name: 'x', cost: 1, price: 2 ** 53 }, '/price'],
    [{ sku: 'ATTR', name: 'x', cost: 1, price: 1, attributes: { fit: 'slim' } }, '/attributes/fit'],
    [{ sku: 'ATTR2', name: 'x', cost: 1, price: 1, attributes: { size: 42 } }, '/attributes/size'],
    [{ sku: 'UOM', name: 'x', cost: 1, price: 1, unitOfMeasure: '' }, '/unitOfMeasure'],
  ])('refuses %j at %s', async (body, path) => {
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ path }));
  });

  it('refuses a body that is not JSON with 400, never 5xx', async () => {
    const response = await t.request('POST', '/api/v1/products', { rawBody: '{"sku":', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('invalid_json');
  });
});

describe('permissions', () => {
  it('lets a buyer create and read products', async () => {
    const buyer = await t.tokenFor('buyer');
    expect((await create({ sku: 'BUYER-1', name: 'By buyer', cost: 1, price: 2 }, buyer)).status).toBe(201);
    expect((await t.get('/api/v1/products/BUYER-1', buyer)).status).toBe(200);
  });

  it('forbids a store associate to create (403) or change (403) a product, but lets them read', async () => {
    await createOk({ sku: 'ASSOC-READ', name: 'Readable' });
    const associate = await t.tokenFor('store_associate');
    const created = await create({ sku: 'ASSOC-1', name: 'Nope', cost: 1, price: 2 }, associate);
    expect(created.status).toBe(403);
    expect(created.body.code).toBe('forbidden');
    expect((await t.post('/api/v1/products/ASSOC-READ', { price: 1 }, { token: associate })).status).toBe(403);
    expect((await t.get('/api/v1/products/ASSOC-READ', associate)).body.price).toBe(200);
    expect((await t.get('/api/v1/products/ASSOC-1')).status).toBe(404);
  });

  it('answers 401 without a token', async () => {
    expect((await create({ sku: 'ANON', name: 'x', cost: 1, price: 2 }, null as unknown as string)).status).toBe(401);
    expect((await t.get('/api/v1/products/TEE-M-NAVY', null)).status).toBe(401);
    expect((await t.get('/api/v1/products', null)).status).toBe(401);
  });
});

describe('search and lists', () => {
  const skusOf = (response: { body: { items: Array<{ sku: string }> } }) => response.body.items.map((item) => item.sku);

  beforeAll(async () => {
    await createOk({ sku: 'SRCH-TEE-S-RED', name: 'Searchable tee, red, S', family: 'srch-basics', style: 'SRCH-TEE', attributes: { size: 'S', colour: 'red' }, barcode: '2000000000015' });
    await createOk({ sku: 'SRCH-TEE-M-RED', name: 'Searchable tee, red, M', family: 'srch-basics', style: 'SRCH-TEE', attributes: { size: 'M', colour: 'red' }, barcode: '2000000000022' });
    await createOk({ sku: 'SRCH-LAMP', name: 'Searchable desk LAMP 50% off', family: 'srch-home', barcode: '2100000000012' });
    await createOk({ sku: 'OTHER-KETTLE', name: 'Kettle (searchable_item)', family: 'srch-home' });
  });

  it('matches q as a case-insensitive SKU prefix', async () => {
    expect(skusOf(await t.get('/api/v1/products?q=srch-tee'))).toEqual(['SRCH-TEE-M-RED', 'SRCH-TEE-S-RED']);
  });

  it('matches q as a case-insensitive name substring', async () => {
    expect(skusOf(await t.get('/api/v1/products?q=DESK%20lamp'))).toEqual(['SRCH-LAMP']);
    expect(skusOf(await t.get('/api/v1/products?q=SEARCHABLE'))).toEqual(['OTHER-KETTLE', 'SRCH-LAMP', 'SRCH-TEE-M-RED', 'SRCH-TEE-S-RED']);
  });

  it('takes % and _ in q literally', async () => {
    expect(skusOf(await t.get('/api/v1/products?q=50%25'))).toEqual(['SRCH-LAMP']);
    expect(skusOf(await t.get('/api/v1/products?q=e_i'))).toEqual(['OTHER-KETTLE']);
    expect(skusOf(await t.get('/api/v1/products?q=%25%25%25'))).toEqual([]);
  });

  it('filters by family and by style, and combines filters', async () => {
    expect(skusOf(await t.get('/api/v1/products?family=srch-home'))).toEqual(['OTHER-KETTLE', 'SRCH-LAMP']);
    const style = await t.get('/api/v1/products?style=SRCH-TEE');
    expect(skusOf(style)).toEqual(['SRCH-TEE-M-RED', 'SRCH-TEE-S-RED']);
    expect(style.body.items.map((item: { attributes: unknown }) => item.attributes)).toEqual([
      { colour: 'red', size: 'M' },
      { colour: 'red', size: 'S' },
    ]);
    expect(skusOf(await t.get('/api/v1/products?family=srch-home&q=kettle'))).toEqual(['OTHER-KETTLE']);
  });

  it('filters by barcode prefix', async () => {
    expect(skusOf(await t.get('/api/v1/products?barcodePrefix=200000000'))).toEqual(['SRCH-TEE-M-RED', 'SRCH-TEE-S-RED']);
    expect(skusOf(await t.get('/api/v1/products?barcodePrefix=21000'))).toEqual(['SRCH-LAMP']);
  });

  it.each(['barcodePrefix=12%25', 'barcodePrefix=', 'limit=0', 'limit=501', 'family=', 'category=', 'cursor=not-a-cursor'])(
    'refuses the query %s with 400',
    async (query) => {
      const response = await t.get(`/api/v1/products?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
    },
  );

  describe('finding products by words', () => {
    beforeAll(async () => {
      await createOk({ sku: 'FIND-MUG', name: 'Crème brûlée MUG', category: 'Café & Thé', style: 'FIND-STYLE', attributes: { colour: 'Écru', size: 'XL' }, barcode: '2200000000019' });
      await createOk({ sku: 'FIND-CUP', name: 'Espresso cup', category: 'Café & Thé', family: 'find-kitchen', barcode: '2200000000026' });
      await createOk({ sku: 'A-FIND-MUG', name: 'Saucer for the FIND-MUG', category: 'Saucers', family: 'find-kitchen' });
      await createOk({ sku: 'A-FIND-REFILL', name: 'Refill for 2200000000033', category: 'Saucers' });
      await createOk({ sku: 'Z-FIND-GTIN', name: 'Gift box', barcode: '2200000000033' });
    });

    it('matches every word of q, in any order, across SKU, name, style, colour, size and category', async () => {
      expect(skusOf(await t.get('/api/v1/products?q=red%20searchable%20tee'))).toEqual(['SRCH-TEE-M-RED', 'SRCH-TEE-S-RED']);
      expect(skusOf(await t.get('/api/v1/products?q=tee%20red%20m'))).toEqual(['SRCH-TEE-M-RED']);
      expect(skusOf(await t.get('/api/v1/products?q=xl%20find-style%20mug'))).toEqual(['FIND-MUG']);
      expect(skusOf(await t.get('/api/v1/products?q=saucers%20refill'))).toEqual(['A-FIND-REFILL']);
      expect(skusOf(await t.get('/api/v1/products?q=mug%20espresso'))).toEqual([]);
    });

    it('ignores case and accents on both sides', async () => {
      expect(skusOf(await t.get('/api/v1/products?q=cafe%20ECRU'))).toEqual(['FIND-MUG']);
      expect(skusOf(await t.get(`/api/v1/products?q=${encodeURIComponent('CRÈME Brulee')}`))).toEqual(['FIND-MUG']);
      expect(skusOf(await t.get(`/api/v1/products?q=${encodeURIComponent('café thé')}`))).toEqual(['FIND-CUP', 'FIND-MUG']);
    });

    it('finds a product by the GTIN typed into q, in any spelling', async () => {
      expect(skusOf(await t.get('/api/v1/products?q=2200000000026'))).toEqual(['FIND-CUP']);
      expect(skusOf(await t.get('/api/v1/products?q=02200000000026'))).toEqual(['FIND-CUP']);
    });

    it('ranks the exact SKU match first, then the rest in SKU order', async () => {
      expect(skusOf(await t.get('/api/v1/products?q=find-mug'))).toEqual(['FIND-MUG', 'A-FIND-MUG']);
      expect(skusOf(await t.get('/api/v1/products?q=FIND-MUG%20'))).toEqual(['FIND-MUG', 'A-FIND-MUG']);
    });

    it('ranks the exact GTIN match first', async () => {
      expect(skusOf(await t.get('/api/v1/products?q=2200000000033'))).toEqual(['Z-FIND-GTIN', 'A-FIND-REFILL']);
    });

    it('pages a ranked search without losing or repeating the pinned product', async () => {
      const first = await t.get('/api/v1/products?q=find-mug&limit=1');
      expect(skusOf(first)).toEqual(['FIND-MUG']);
      const second = await t.get(`/api/v1/products?q=find-mug&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
      expect(skusOf(second)).toEqual(['A-FIND-MUG']);
      expect(second.body.nextCursor).toBeNull();
    });

    it('filters by category and by family, alone and with q', async () => {
      expect(skusOf(await t.get(`/api/v1/products?category=${encodeURIComponent('Café & Thé')}`))).toEqual(['FIND-CUP', 'FIND-MUG']);
      expect(skusOf(await t.get('/api/v1/products?category=Saucers&q=mug'))).toEqual(['A-FIND-MUG']);
      expect(skusOf(await t.get('/api/v1/products?family=find-kitchen'))).toEqual(['A-FIND-MUG', 'FIND-CUP']);
      expect(skusOf(await t.get('/api/v1/products?family=find-kitchen&q=find-mug'))).toEqual(['A-FIND-MUG']);
    });

    it('finds a product by its new words after a change, and no longer by the old ones', async () => {
      await createOk({ sku: 'FIND-RENAME', name: 'Plain vase' });
      const changed = await t.post('/api/v1/products/FIND-RENAME', { name: 'Fluted vase', attributes: { colour: 'Grün' } });
      expect(changed.status).toBe(200);
      expect(skusOf(await t.get('/api/v1/products?q=fluted%20grun'))).toEqual(['FIND-RENAME']);
      expect(skusOf(await t.get('/api/v1/products?q=plain%20vase'))).toEqual([]);
    });
  });

  it('walks every page once, in SKU order, without duplicates', async () => {
    for (let i = 0; i < 23; i++) await createOk({ sku: `PAGE-${String(i).padStart(3, '0')}`, name: `Paged ${i}`, family: 'paged' });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response: { status: number; body: { items: Array<{ sku: string }>; nextCursor: string | null } } = await t.get(
        `/api/v1/products?family=paged&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(5);
      seen.push(...response.body.items.map((item) => item.sku));
      cursor = response.body.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 20);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(23);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `PAGE-${String(i).padStart(3, '0')}`));
  });
});

describe('changing products', () => {
  it('changes the price, audits it with before and after, and emits no audit line for a no-op', async () => {
    const product = await createOk({ sku: 'UPD-PRICE', name: 'Repriced', cost: 300, price: 1000 });
    const updated = await t.post('/api/v1/products/UPD-PRICE', { price: 1200, cost: 300 });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ sku: 'UPD-PRICE', price: 1200, cost: 300 });
    expect((await t.get('/api/v1/products/UPD-PRICE')).body.price).toBe(1200);

    const audit = await t.get(`/api/v1/audit?entity=product&entityId=${product.id}`);
    expect(audit.status).toBe(200);
    const changed = audit.body.items.filter((entry: { action: string }) => entry.action === 'product.changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ entity: 'product', entityId: product.id, before: { price: 1000 }, after: { price: 1200 } });
    expect(changed[0].before).not.toHaveProperty('cost');

    expect((await t.post('/api/v1/products/UPD-PRICE', { price: 1200 })).status).toBe(200);
    const again = await t.get(`/api/v1/audit?entity=product&entityId=${product.id}&action=product.changed`);
    expect(again.body.items).toHaveLength(1);
  });

  it('changes descriptive fields, clears nullable ones and hands the tax rate back to the company default', async () => {
    await createOk({ sku: 'UPD-MANY', name: 'Old', category: 'Old cat', family: 'basics', taxRate: 900, barcode: '4000000000006' });
    const response = await t.post('/api/v1/products/UPD-MANY', {
      name: 'New',
      category: null,
      family: 'seasonal',
      style: 'UPD',
      attributes: { colour: 'green' },
      unitOfMeasure: 'pair',
      barcode: null,
      taxRate: null,
    });
    expect(response.status).toBe(200);
    const expected = { name: 'New', category: null, family: 'seasonal', style: 'UPD', attributes: { colour: 'green' }, unitOfMeasure: 'pair', barcode: null, taxRate: 2000 };
    expect(response.body).toMatchObject(expected);
    expect((await t.get('/api/v1/products/UPD-MANY')).body).toMatchObject(expected);
    expect((await t.get('/api/v1/products/by-barcode/4000000000006')).status).toBe(404);
  });

  it('refuses a barcode another product has (409) and an invalid one (400), changing nothing', async () => {
    await createOk({ sku: 'UPD-BC-A', name: 'A', barcode: '4000000000013' });
    await createOk({ sku: 'UPD-BC-B', name: 'B', barcode: '4000000000020' });
    const duplicate = await t.post('/api/v1/products/UPD-BC-B', { barcode: '04000000000013', price: 1 });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('already_exists');
    const invalid = await t.post('/api/v1/products/UPD-BC-B', { barcode: '4000000000021' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toContainEqual(expect.objectContaining({ path: '/barcode' }));
    expect((await t.get('/api/v1/products/UPD-BC-B')).body).toMatchObject({ barcode: '4000000000020', price: 200 });
  });

  it('refuses fields that cannot be changed, such as the SKU, naming them', async () => {
    await createOk({ sku: 'UPD-FIXED', name: 'Fixed SKU' });
    const response = await t.post('/api/v1/products/UPD-FIXED', { sku: 'RENAMED', price: 5 });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual({ path: '/sku', message: 'is not a known field' });
    expect((await t.get('/api/v1/products/UPD-FIXED')).body.price).toBe(200);
    expect((await t.get('/api/v1/products/RENAMED')).status).toBe(404);
  });

  it('answers 404 for changing an unknown SKU and 400 for a negative cost', async () => {
    expect((await t.post('/api/v1/products/NO-SUCH-SKU', { price: 1 })).status).toBe(404);
    await createOk({ sku: 'UPD-NEG', name: 'Neg' });
    const response = await t.post('/api/v1/products/UPD-NEG', { cost: -5 });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ path: '/cost' }));
  });
});

describe('idempotency', () => {
  it('replays a create with the same Idempotency-Key and creates one product', async () => {
    const body = { sku: 'IDEM-1', name: 'Once', cost: 10, price: 20 };
    const headers = { 'idempotency-key': 'create-idem-1' };
    const first = await t.post('/api/v1/products', body, { headers });
    const second = await t.post('/api/v1/products', body, { headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await countOf('IDEM-1')).toBe(1);
    const audit = await t.get(`/api/v1/audit?entity=product&entityId=${first.body.id}&action=product.created`);
    expect(audit.body.items).toHaveLength(1);
  });

  it('refuses the same key with another body with 409 idempotency_key_reused', async () => {
    const headers = { 'idempotency-key': 'create-idem-2' };
    expect((await t.post('/api/v1/products', { sku: 'IDEM-2', name: 'A', cost: 1, price: 2 }, { headers })).status).toBe(201);
    const reused = await t.post('/api/v1/products', { sku: 'IDEM-3', name: 'B', cost: 1, price: 2 }, { headers });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('idempotency_key_reused');
    expect((await t.get('/api/v1/products/IDEM-3')).status).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents the catalog routes', async () => {
    const response = await t.get('/api/v1/openapi.json', null);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/products', '/api/v1/products/{sku}', '/api/v1/products/by-barcode/{barcode}']),
    );
    expect(response.body.paths['/api/v1/products'].post.tags).toEqual(['catalog']);
  });
});

describe('odd input', () => {
  const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

  it.each([
    ['GET', '/api/v1/products?q=%00', 400],
    ['GET', '/api/v1/products?q=%5C', 200],
    ['GET', `/api/v1/products?q=${'x'.repeat(201)}`, 400],
    ['GET', '/api/v1/products?q=a&q=b', 400],
    ['GET', '/api/v1/products?barcode=%00', 200],
    ['GET', '/api/v1/products?style=%00', 400],
    ['GET', `/api/v1/products?cursor=${cursorOf(['\u0000'])}`, 400],
    ['GET', `/api/v1/products?cursor=${cursorOf([42])}`, 400],
    ['GET', `/api/v1/products?cursor=${cursorOf({ sku: 'A' })}`, 400],
    ['GET', '/api/v1/products/%00', 400],
    ['GET', '/api/v1/products/%ED%A0%80', 400],
    ['GET', `/api/v1/products/${'x'.repeat(65)}`, 400],
    ['GET', '/api/v1/products/by-barcode/%00', 404],
    ['GET', `/api/v1/products/by-barcode/${'9'.repeat(100)}`, 400],
    ['POST', '/api/v1/products/%00', 400],
  ])('answers %s %s with %i, never a 5xx', async (method, url, status) => {
    const response = await t.request(method, url, method === 'POST' ? { body: { price: 1 } } : {});
    expect(response.status).toBe(status);
  });

  it.each([
    { sku: 'NUL\u0000SKU', name: 'x', cost: 1, price: 1 },
    { sku: 'NAME-NUL', name: 'a\u0000b', cost: 1, price: 1 },
    { sku: 'CAT-NUL', name: 'x', category: 'a\u0000', cost: 1, price: 1 },
    { sku: 'ATTR-NUL', name: 'x', attributes: { size: '\u0000' }, cost: 1, price: 1 },
    { sku: 'ARRAY', name: ['x'], cost: 1, price: 1 },
    { sku: 'NULLS', name: null, cost: null, price: null },
  ])('refuses %j with 400', async (body) => {
    const response = await create(body);
    expect(response.status).toBe(400);
  });

  it('accepts non-ASCII SKUs and names and finds them again', async () => {
    const body = await createOk({ sku: 'ÉTÉ-🌞-1', name: 'Chapeau d’été' });
    expect((await t.get(`/api/v1/products/${encodeURIComponent('ÉTÉ-🌞-1')}`)).body).toEqual(body);
    expect((await t.get(`/api/v1/products?q=${encodeURIComponent('D’ÉTÉ')}`)).body.items.map((item: { sku: string }) => item.sku)).toEqual([
      'ÉTÉ-🌞-1',
    ]);
  });
});

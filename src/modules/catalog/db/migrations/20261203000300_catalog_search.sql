-- Product search: every word of a query must occur somewhere in search_text (SKU, name, style, colour, size and
-- category, lower-cased with accents folded), in any order. The application writes search_text on every insert
-- and update (unaccent is not available on PGlite, so the folding is done in TypeScript); the trigram index
-- serves the "contains this word" tests (LIKE '%word%') that no btree can.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE product ADD COLUMN search_text text;

-- Existing rows: the same text as the application's productSearchText() for Latin letters — the accented
-- ones of Latin-1 and Latin Extended-A are folded by translate (both cases), the rest by lower().
UPDATE product SET search_text = lower(translate(
  concat_ws(' ', sku, name, style, attributes->>'colour', attributes->>'size', category),
  'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž¨¯´·¸^`',
  'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzz'
));

ALTER TABLE product ALTER COLUMN search_text SET NOT NULL;

CREATE INDEX product_search_text ON product USING gin (search_text gin_trgm_ops);

-- The exact-SKU match a search ranks first, case-insensitively.
CREATE INDEX product_sku_lower ON product (lower(sku));

-- The category filter, ordered by SKU like the other filtered lists.
CREATE INDEX product_category ON product (category, sku);

-- Public identifiers for the We Don't Buy Crime register: slugs instead of database ids. Made from
-- the name when a town or retailer is added (a retailer's also from its town's name) and kept on
-- rename. Existing rows are backfilled the same way; a clash gets the row's id appended.

ALTER TABLE wdbc_town ADD COLUMN slug VARCHAR(100) NULL AFTER id;
ALTER TABLE wdbc_retailer ADD COLUMN slug VARCHAR(100) NULL AFTER id;

UPDATE wdbc_town
   SET slug = TRIM(BOTH '-' FROM LEFT(
         REGEXP_REPLACE(LOWER(REPLACE(name, '&', ' and ')), '[^a-z0-9]+', '-'), 90));

UPDATE wdbc_retailer r JOIN wdbc_town t ON t.id = r.town_id
   SET r.slug = TRIM(BOTH '-' FROM LEFT(
         REGEXP_REPLACE(LOWER(REPLACE(CONCAT(r.name, ' ', t.name), '&', ' and ')),
                        '[^a-z0-9]+', '-'), 90));

UPDATE wdbc_town SET slug = CONCAT('town-', id) WHERE slug = '';
UPDATE wdbc_retailer SET slug = CONCAT('retailer-', id) WHERE slug = '';

UPDATE wdbc_town t
  JOIN (SELECT slug FROM wdbc_town GROUP BY slug HAVING COUNT(*) > 1) clash ON clash.slug = t.slug
   SET t.slug = CONCAT(t.slug, '-', t.id);
UPDATE wdbc_retailer r
  JOIN (SELECT slug FROM wdbc_retailer GROUP BY slug HAVING COUNT(*) > 1) clash
    ON clash.slug = r.slug
   SET r.slug = CONCAT(r.slug, '-', r.id);

ALTER TABLE wdbc_town MODIFY slug VARCHAR(100) NOT NULL,
  ADD CONSTRAINT uk_wdbc_town_slug UNIQUE (slug);
ALTER TABLE wdbc_retailer MODIFY slug VARCHAR(100) NOT NULL,
  ADD CONSTRAINT uk_wdbc_retailer_slug UNIQUE (slug);

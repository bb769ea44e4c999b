-- Reference data: the five local policing areas, the offline postcode lookup, and the advice topics.

CREATE TABLE area (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug        VARCHAR(80)  NOT NULL,
  name        VARCHAR(120) NOT NULL,
  description VARCHAR(500) NOT NULL,
  position    INT          NOT NULL,
  CONSTRAINT uk_area_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A postcode prefix is either a postcode area ("HR") or an outward code / district ("TF11").
-- The most specific prefix wins, so districts refine the areas that straddle a boundary.
-- A NULL area marks a district outside the force (for example SY14 and beyond, in Wales or Cheshire).
CREATE TABLE postcode_district (
  prefix  VARCHAR(4) NOT NULL PRIMARY KEY,
  area_id BIGINT     NULL,
  CONSTRAINT fk_postcode_district_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE topic (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug            VARCHAR(80)  NOT NULL,
  name            VARCHAR(120) NOT NULL,
  description     VARCHAR(500) NOT NULL,
  prevention_tier VARCHAR(20)  NULL,
  position        INT          NOT NULL,
  CONSTRAINT uk_topic_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO area (slug, name, description, position) VALUES
  ('herefordshire', 'Herefordshire', 'Hereford, Leominster, Ross-on-Wye, Ledbury and the rural county.', 1),
  ('north-worcestershire', 'North Worcestershire', 'Bromsgrove, Redditch and Wyre Forest (Kidderminster, Stourport, Bewdley).', 2),
  ('south-worcestershire', 'South Worcestershire', 'Worcester, Malvern Hills and Wychavon (Droitwich, Evesham, Pershore).', 3),
  ('shropshire', 'Shropshire', 'Shrewsbury, Oswestry, Ludlow, Bridgnorth, Market Drayton and the rural county.', 4),
  ('telford-and-wrekin', 'Telford & Wrekin', 'Telford, Wellington, Newport and the surrounding parishes.', 5);

INSERT INTO postcode_district (prefix, area_id)
  SELECT p.prefix, a.id FROM (
    SELECT 'HR' AS prefix, 'herefordshire' AS area UNION ALL
    SELECT 'SY', 'shropshire' UNION ALL
    SELECT 'TF', 'telford-and-wrekin' UNION ALL
    SELECT 'WR', 'south-worcestershire' UNION ALL
    -- Wyre Forest, Bromsgrove and Redditch
    SELECT 'DY10', 'north-worcestershire' UNION ALL
    SELECT 'DY11', 'north-worcestershire' UNION ALL
    SELECT 'DY12', 'north-worcestershire' UNION ALL
    SELECT 'DY13', 'north-worcestershire' UNION ALL
    SELECT 'B60', 'north-worcestershire' UNION ALL
    SELECT 'B61', 'north-worcestershire' UNION ALL
    SELECT 'B96', 'north-worcestershire' UNION ALL
    SELECT 'B97', 'north-worcestershire' UNION ALL
    SELECT 'B98', 'north-worcestershire' UNION ALL
    -- Cleobury Mortimer and Bridgnorth are policed from Shropshire
    SELECT 'DY14', 'shropshire' UNION ALL
    SELECT 'WV15', 'shropshire' UNION ALL
    SELECT 'WV16', 'shropshire' UNION ALL
    -- TF9 and TF11-TF13 lie in Shropshire, not the borough of Telford & Wrekin
    SELECT 'TF9', 'shropshire' UNION ALL
    SELECT 'TF11', 'shropshire' UNION ALL
    SELECT 'TF12', 'shropshire' UNION ALL
    SELECT 'TF13', 'shropshire' UNION ALL
    -- SY districts beyond SY13 are in Wales or Cheshire: outside the force area
    SELECT 'SY14', '' UNION ALL SELECT 'SY15', '' UNION ALL SELECT 'SY16', '' UNION ALL
    SELECT 'SY17', '' UNION ALL SELECT 'SY18', '' UNION ALL SELECT 'SY19', '' UNION ALL
    SELECT 'SY20', '' UNION ALL SELECT 'SY21', '' UNION ALL SELECT 'SY22', '' UNION ALL
    SELECT 'SY23', '' UNION ALL SELECT 'SY24', '' UNION ALL SELECT 'SY25', ''
  ) p LEFT JOIN area a ON a.slug = p.area;

INSERT INTO topic (slug, name, description, prevention_tier, position) VALUES
  ('burglary', 'Burglary', 'Keep your home, garage and shed secure.', 'PRIMARY', 1),
  ('vehicle-crime', 'Vehicle crime', 'Protect your car, van, bike and what is inside them.', 'PRIMARY', 2),
  ('fraud-and-scams', 'Fraud and scams', 'Spot and stop doorstep, phone, romance and investment fraud.', 'PRIMARY', 3),
  ('cyber-crime', 'Cyber crime', 'Stay safe online: accounts, devices, shopping and social media.', 'PRIMARY', 4),
  ('anti-social-behaviour', 'Anti-social behaviour', 'What you can do about nuisance, noise and intimidation.', 'SECONDARY', 5),
  ('domestic-abuse', 'Domestic abuse', 'Recognise abuse and find confidential support.', 'TERTIARY', 6),
  ('rural-crime', 'Rural crime', 'Farm, machinery, livestock, fuel and wildlife crime.', 'PRIMARY', 7),
  ('violence-and-knife-crime', 'Violence and knife crime', 'Keeping young people and the night-time economy safe.', 'SECONDARY', 8),
  ('exploitation', 'Exploitation', 'County lines, child sexual exploitation and modern slavery.', 'SECONDARY', 9),
  ('hate-crime', 'Hate crime', 'Recognise and report hate crime and incidents.', 'SECONDARY', 10),
  ('road-safety', 'Road safety', 'Speeding, drink and drug driving, and vulnerable road users.', 'PRIMARY', 11),
  ('property-marking', 'Property marking', 'Mark your property so thieves cannot sell it: We Don''t Buy Crime.', 'PRIMARY', 12);

-- The We Don't Buy Crime register: towns and parishes in the scheme, and partner retailers.

CREATE TABLE wdbc_town (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name          VARCHAR(120) NOT NULL,
  area_id       BIGINT       NOT NULL,
  status        VARCHAR(20)  NOT NULL,
  accredited_on DATE         NULL,
  updated_at    DATETIME(6)  NOT NULL,
  updated_by    VARCHAR(120) NOT NULL,
  version       BIGINT       NOT NULL,
  CONSTRAINT uk_wdbc_town_name UNIQUE (name),
  CONSTRAINT fk_wdbc_town_area FOREIGN KEY (area_id) REFERENCES area (id),
  CONSTRAINT ck_wdbc_town_accredited CHECK ((status = 'ACCREDITED') = (accredited_on IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE wdbc_retailer (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name       VARCHAR(120) NOT NULL,
  town_id    BIGINT       NOT NULL,
  address    VARCHAR(200) NULL,
  website    VARCHAR(300) NULL,
  updated_at DATETIME(6)  NOT NULL,
  updated_by VARCHAR(120) NOT NULL,
  version    BIGINT       NOT NULL,
  CONSTRAINT fk_wdbc_retailer_town FOREIGN KEY (town_id) REFERENCES wdbc_town (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

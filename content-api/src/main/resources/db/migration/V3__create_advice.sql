-- Prevention advice articles and their topics and areas.

CREATE TABLE advice (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug         VARCHAR(120) NOT NULL,
  title        VARCHAR(150) NOT NULL,
  summary      VARCHAR(300) NOT NULL,
  body         MEDIUMTEXT   NOT NULL,
  state        VARCHAR(20)  NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  created_by   VARCHAR(120) NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  updated_by   VARCHAR(120) NOT NULL,
  published_at DATETIME(6)  NULL,
  version      BIGINT       NOT NULL,
  CONSTRAINT uk_advice_slug UNIQUE (slug),
  INDEX ix_advice_state_published (state, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE advice_topic (
  advice_id BIGINT NOT NULL,
  topic_id  BIGINT NOT NULL,
  PRIMARY KEY (advice_id, topic_id),
  CONSTRAINT fk_advice_topic_advice FOREIGN KEY (advice_id) REFERENCES advice (id) ON DELETE CASCADE,
  CONSTRAINT fk_advice_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE advice_area (
  advice_id BIGINT NOT NULL,
  area_id   BIGINT NOT NULL,
  PRIMARY KEY (advice_id, area_id),
  CONSTRAINT fk_advice_area_advice FOREIGN KEY (advice_id) REFERENCES advice (id) ON DELETE CASCADE,
  CONSTRAINT fk_advice_area_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

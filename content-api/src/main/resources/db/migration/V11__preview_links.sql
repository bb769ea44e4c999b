-- Time-limited preview links: one item, seen as the public will see it, by the member of staff
-- who made the link. Only the SHA-256 of the link's secret is kept.

CREATE TABLE preview_link (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash  CHAR(64)     NOT NULL,
  content_id  BIGINT       NOT NULL,
  created_by  VARCHAR(120) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uk_preview_link_token UNIQUE (token_hash),
  CONSTRAINT fk_preview_link_content FOREIGN KEY (content_id) REFERENCES content (id) ON DELETE CASCADE,
  INDEX ix_preview_link_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

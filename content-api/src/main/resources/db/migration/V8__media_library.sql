-- The media library: images and documents uploaded by staff, reused across content.
-- Metadata and bytes live apart so listings never read the bytes; both in the database so every
-- API instance serves the same library.

CREATE TABLE media (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_key  CHAR(32)     NOT NULL,
  sha256      CHAR(64)     NOT NULL,
  file_name   VARCHAR(160) NOT NULL,
  media_type  VARCHAR(100) NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  size_bytes  BIGINT       NOT NULL,
  width       INT          NULL,
  height      INT          NULL,
  alt_text    VARCHAR(300) NULL,
  title       VARCHAR(200) NULL,
  created_at  DATETIME(6)  NOT NULL,
  created_by  VARCHAR(120) NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  updated_by  VARCHAR(120) NOT NULL,
  version     BIGINT       NOT NULL,
  CONSTRAINT uk_media_public_key UNIQUE (public_key),
  INDEX ix_media_kind_created (kind, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Written once with its media item, never changed: a new file is a new item with a new address.
CREATE TABLE media_bytes (
  media_id BIGINT   NOT NULL PRIMARY KEY,
  content  LONGBLOB NOT NULL,
  CONSTRAINT fk_media_bytes_media FOREIGN KEY (media_id) REFERENCES media (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- API tokens for machine clients. Only the SHA-256 of a secret is stored, never the secret; the
-- short prefix lets an administrator recognise a token without it being usable.
CREATE TABLE api_token (
  id            CHAR(36)     NOT NULL PRIMARY KEY,
  name          VARCHAR(80)  NOT NULL,
  scope         VARCHAR(20)  NOT NULL,
  secret_hash   CHAR(64)     NOT NULL,
  secret_prefix VARCHAR(16)  NOT NULL,
  created_by    VARCHAR(120) NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  last_used_at  DATETIME(6)  NULL,
  expires_at    DATETIME(6)  NULL,
  revoked_at    DATETIME(6)  NULL,
  revoked_by    VARCHAR(120) NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  -- The name is unique among tokens not revoked; a revoked token's name can be used again.
  active_name   VARCHAR(80)  AS (CASE WHEN revoked_at IS NULL THEN name END) PERSISTENT,
  CONSTRAINT uk_api_token_secret_hash UNIQUE (secret_hash),
  CONSTRAINT uk_api_token_active_name UNIQUE (active_name),
  CONSTRAINT ck_api_token_scope CHECK (scope IN ('READ', 'READ_WRITE')),
  INDEX ix_api_token_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

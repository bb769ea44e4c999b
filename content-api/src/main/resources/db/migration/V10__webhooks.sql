-- Webhooks: who is told when public content changes, and the delivery log (a transactional
-- outbox: a delivery row is written in the transaction that changes the content, then sent).

CREATE TABLE webhook (
  id         CHAR(36)     NOT NULL PRIMARY KEY,
  name       VARCHAR(120) NOT NULL,
  target_url VARCHAR(500) NOT NULL,
  -- kept to sign each delivery (HMAC-SHA256); never shown after creation, never logged
  secret     VARCHAR(200) NOT NULL,
  events     VARCHAR(200) NOT NULL,
  active     BOOLEAN      NOT NULL DEFAULT TRUE,
  -- TRUE for a webhook the application keeps from its configuration (the portal's cache purge)
  managed    BOOLEAN      NOT NULL DEFAULT FALSE,
  created_by VARCHAR(120) NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_webhook_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhook_delivery (
  id               CHAR(36)     NOT NULL PRIMARY KEY,
  webhook_id       CHAR(36)     NOT NULL,
  event_name       VARCHAR(60)  NOT NULL,
  payload          TEXT         NOT NULL,
  state            VARCHAR(20)  NOT NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(6)  NULL,
  last_status_code INT          NULL,
  last_error       VARCHAR(200) NULL,
  created_at       DATETIME(6)  NOT NULL,
  delivered_at     DATETIME(6)  NULL,
  INDEX ix_webhook_delivery_due (state, next_attempt_at),
  INDEX ix_webhook_delivery_log (webhook_id, created_at),
  CONSTRAINT fk_webhook_delivery_webhook FOREIGN KEY (webhook_id) REFERENCES webhook (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

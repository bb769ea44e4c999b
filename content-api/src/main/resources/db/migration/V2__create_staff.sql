-- Staff accounts, their roles, bearer tokens, and the audit log of staff actions.

CREATE TABLE staff_account (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(120) NOT NULL,
  display_name  VARCHAR(120) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  failed_logins INT          NOT NULL DEFAULT 0,
  locked_until  DATETIME(6)  NULL,
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(6)  NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_staff_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_role (
  staff_id BIGINT      NOT NULL,
  role     VARCHAR(40) NOT NULL,
  PRIMARY KEY (staff_id, role),
  CONSTRAINT fk_staff_role_account FOREIGN KEY (staff_id) REFERENCES staff_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only the SHA-256 of a token is stored: a database leak does not leak live sessions.
CREATE TABLE staff_token (
  token_hash CHAR(64)    NOT NULL PRIMARY KEY,
  staff_id   BIGINT      NOT NULL,
  issued_at  DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  INDEX ix_staff_token_expires (expires_at),
  CONSTRAINT fk_staff_token_account FOREIGN KEY (staff_id) REFERENCES staff_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_log (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at  DATETIME(6)  NOT NULL,
  actor        VARCHAR(120) NOT NULL,
  action       VARCHAR(60)  NOT NULL,
  subject_type VARCHAR(40)  NOT NULL,
  subject_ref  VARCHAR(160) NOT NULL,
  detail       TEXT         NULL,
  INDEX ix_audit_log_subject (subject_type, subject_ref),
  INDEX ix_audit_log_occurred (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

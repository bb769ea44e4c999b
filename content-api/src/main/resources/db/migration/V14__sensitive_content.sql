-- Sensitive advice: an optional content note shown before the text, and topics whose pages get
-- the quick-exit control (domestic abuse and exploitation to begin with).

ALTER TABLE content
  ADD COLUMN content_note VARCHAR(400) NULL;

ALTER TABLE topic
  ADD COLUMN is_sensitive BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE topic SET is_sensitive = TRUE WHERE slug IN ('domestic-abuse', 'exploitation');

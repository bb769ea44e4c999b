-- An editor can send a published item's working draft for review: who sent it and when, until a
-- publisher publishes the changes, returns them, or they are discarded.

ALTER TABLE content
  ADD COLUMN working_draft_submitted_by VARCHAR(120) NULL,
  ADD COLUMN working_draft_submitted_at DATETIME(6)  NULL;

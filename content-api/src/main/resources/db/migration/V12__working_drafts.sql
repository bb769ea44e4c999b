-- Changes to a published item are kept aside as a working draft (a revision snapshot, JSON) until
-- they are published; the public keeps seeing the published fields meanwhile.

ALTER TABLE content
  ADD COLUMN working_draft    MEDIUMTEXT   NULL,
  ADD COLUMN working_draft_by VARCHAR(120) NULL,
  ADD COLUMN working_draft_at DATETIME(6)  NULL;

-- The editorial core shared by every content type: scheduled publication and its end, and the
-- revision history of every save.

ALTER TABLE advice
  ADD COLUMN publish_at   DATETIME(6) NULL AFTER published_at,
  ADD COLUMN unpublish_at DATETIME(6) NULL AFTER publish_at,
  ADD INDEX ix_advice_publish_at (state, publish_at),
  ADD INDEX ix_advice_unpublish_at (state, unpublish_at);

CREATE TABLE content_revision (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  content_type VARCHAR(40)  NOT NULL,
  content_id   BIGINT       NOT NULL,
  number       INT          NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  author       VARCHAR(120) NOT NULL,
  note         VARCHAR(200) NOT NULL,
  snapshot     MEDIUMTEXT   NOT NULL,
  CONSTRAINT uk_content_revision UNIQUE (content_type, content_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Articles that existed before revisions were kept start their history with what they are now.
INSERT INTO content_revision (content_type, content_id, number, created_at, author, note, snapshot)
  SELECT 'advice', a.id, 1, a.updated_at, a.updated_by, 'history starts',
         JSON_OBJECT(
           'title', a.title, 'summary', a.summary, 'body', a.body,
           'topics', COALESCE((SELECT JSON_ARRAYAGG(t.slug) FROM advice_topic at2 JOIN topic t ON t.id = at2.topic_id WHERE at2.advice_id = a.id), JSON_ARRAY()),
           'areas', COALESCE((SELECT JSON_ARRAYAGG(r.slug) FROM advice_area aa JOIN area r ON r.id = aa.area_id WHERE aa.advice_id = a.id), JSON_ARRAY()))
  FROM advice a;

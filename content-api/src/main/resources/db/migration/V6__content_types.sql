-- One table for every content type (advice, campaign pages, static pages) sharing the editorial
-- core; content_type names the type. Campaign pages add a hero image, a call to action and the
-- dates they run. Slugs are unique within a type. The full-text index now covers every type.

RENAME TABLE advice TO content, advice_topic TO content_topic, advice_area TO content_area;

ALTER TABLE content
  ADD COLUMN content_type VARCHAR(20) NOT NULL DEFAULT 'advice' AFTER id,
  ADD COLUMN hero_image VARCHAR(500) NULL,
  ADD COLUMN hero_alt VARCHAR(300) NULL,
  ADD COLUMN cta_label VARCHAR(80) NULL,
  ADD COLUMN cta_url VARCHAR(500) NULL,
  ADD COLUMN starts_on DATE NULL,
  ADD COLUMN ends_on DATE NULL,
  DROP INDEX uk_advice_slug,
  ADD CONSTRAINT uk_content_type_slug UNIQUE (content_type, slug),
  RENAME INDEX ft_advice_text TO ft_content_text,
  RENAME INDEX ix_advice_state_published TO ix_content_state_published,
  RENAME INDEX ix_advice_publish_at TO ix_content_publish_at,
  RENAME INDEX ix_advice_unpublish_at TO ix_content_unpublish_at,
  ADD INDEX ix_content_created_by (created_by);

ALTER TABLE content ALTER COLUMN content_type DROP DEFAULT;

ALTER TABLE content_topic
  DROP FOREIGN KEY fk_advice_topic_advice,
  DROP FOREIGN KEY fk_advice_topic_topic;
ALTER TABLE content_topic
  CHANGE COLUMN advice_id content_id BIGINT NOT NULL,
  ADD CONSTRAINT fk_content_topic_content FOREIGN KEY (content_id) REFERENCES content (id) ON DELETE CASCADE,
  ADD CONSTRAINT fk_content_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id);

ALTER TABLE content_area
  DROP FOREIGN KEY fk_advice_area_advice,
  DROP FOREIGN KEY fk_advice_area_area;
ALTER TABLE content_area
  CHANGE COLUMN advice_id content_id BIGINT NOT NULL,
  ADD CONSTRAINT fk_content_area_content FOREIGN KEY (content_id) REFERENCES content (id) ON DELETE CASCADE,
  ADD CONSTRAINT fk_content_area_area FOREIGN KEY (area_id) REFERENCES area (id);

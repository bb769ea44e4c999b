-- Indexes for the public read path (issue 8): the public lists filter by type and state and sort
-- by publication time (then id); the topic and area filters look up the join tables by term
-- first. The join tables' primary keys start with content_id, which serves only the other way.
ALTER TABLE content
  ADD INDEX ix_content_type_state_published (content_type, state, published_at, id),
  ADD INDEX ix_content_type_state_updated (content_type, state, updated_at, id);

ALTER TABLE content_topic ADD INDEX ix_content_topic_topic (topic_id, content_id);
ALTER TABLE content_area ADD INDEX ix_content_area_area (area_id, content_id);

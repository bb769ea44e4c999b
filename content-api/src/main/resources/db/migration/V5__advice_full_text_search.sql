-- Ranked full-text search over advice (MariaDB InnoDB FULLTEXT; words of 3 letters or more).
ALTER TABLE advice ADD FULLTEXT INDEX ft_advice_text (title, summary, body);

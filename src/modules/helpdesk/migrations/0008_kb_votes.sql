-- "Was this helpful?": one answer per person and article; answering again changes the answer.
-- helpful_yes/helpful_no on the article stay the tallies pages show (kept with each answer).
CREATE TABLE helpdesk_kb_vote (
  article_id ${BIGINT} NOT NULL REFERENCES helpdesk_kb_article (id),
  user_id ${BIGINT} NOT NULL,
  helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
  answered_at TEXT NOT NULL,
  PRIMARY KEY (article_id, user_id)
);

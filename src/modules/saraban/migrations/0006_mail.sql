-- Letters arriving by e-mail (the agency's central address, amendment 4 of B.E. 2564): each
-- message becomes a draft for the central clerk, its attachments kept as files of the draft,
-- until the clerk registers it (then the letter holds the files) or sets it aside.
CREATE TABLE saraban_mail (
  id ${ID},
  message_id TEXT NOT NULL UNIQUE,
  from_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  text TEXT NOT NULL,
  date_header TEXT NOT NULL,
  received_at TEXT NOT NULL,
  status TEXT NOT NULL,
  letter_id ${BIGINT}
);
CREATE INDEX saraban_mail_status ON saraban_mail (status, id);

-- Retention and destruction (การทำลายหนังสือ): after each calendar year the letters whose
-- retention has run out are proposed on a destruction list (บัญชีหนังสือขอทำลาย); once the
-- committee and the National Archives agree, its approval destroys them (their files detached)
-- and the list, with what each line was, stays as the record of what was destroyed.
ALTER TABLE saraban_letter ADD COLUMN destroyed_at TEXT;

CREATE TABLE saraban_destruction_list (
  id ${ID},
  year_ended INTEGER NOT NULL UNIQUE,
  status TEXT NOT NULL,
  proposed_at TEXT NOT NULL,
  proposed_by TEXT NOT NULL,
  committee TEXT NOT NULL DEFAULT '',
  archives_reference TEXT NOT NULL DEFAULT '',
  approved_at TEXT,
  approved_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE saraban_destruction_item (
  list_id ${BIGINT} NOT NULL REFERENCES saraban_destruction_list (id),
  letter_id ${BIGINT} NOT NULL REFERENCES saraban_letter (id),
  register_code TEXT NOT NULL,
  year INTEGER NOT NULL,
  register_no INTEGER NOT NULL,
  reference TEXT NOT NULL,
  dated TEXT,
  subject TEXT NOT NULL,
  retention_years INTEGER NOT NULL,
  PRIMARY KEY (list_id, letter_id)
);
CREATE INDEX saraban_destruction_item_letter ON saraban_destruction_item (letter_id);

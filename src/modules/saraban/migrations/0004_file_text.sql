-- The text of each PDF attached to a letter, as pdftotext extracted it when the file arrived,
-- for the search index (re-indexing never runs pdftotext again).
CREATE TABLE saraban_file_text (
  file_id ${BIGINT} PRIMARY KEY,
  letter_id ${BIGINT} NOT NULL REFERENCES saraban_letter (id),
  text TEXT NOT NULL,
  extracted_at TEXT NOT NULL
);
CREATE INDEX saraban_file_text_letter ON saraban_file_text (letter_id);

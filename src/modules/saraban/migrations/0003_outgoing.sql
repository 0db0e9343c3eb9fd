-- Outgoing letters keep what they say, so the official PDF (kept as the letter's file) can be
-- traced back and searched: the kind of document, the body, the signer and the writing unit.
ALTER TABLE saraban_letter ADD COLUMN letter_kind TEXT NOT NULL DEFAULT 'external';
ALTER TABLE saraban_letter ADD COLUMN body TEXT NOT NULL DEFAULT '';
ALTER TABLE saraban_letter ADD COLUMN signer_name TEXT NOT NULL DEFAULT '';
ALTER TABLE saraban_letter ADD COLUMN signer_position TEXT NOT NULL DEFAULT '';

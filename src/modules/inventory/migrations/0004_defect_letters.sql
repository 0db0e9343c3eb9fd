-- A defect notice is an official outgoing letter registered through e-Saraban: the notice keeps
-- the letter's id and its job (whose page shows it); letter_ref holds its ที่ (ลพ 51000/123).
-- Notices recorded before this have neither (NULL).
ALTER TABLE inventory_defect_notice ADD COLUMN letter_id ${BIGINT};
ALTER TABLE inventory_defect_notice ADD COLUMN letter_job_id ${BIGINT};

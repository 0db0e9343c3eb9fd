-- The defect workflow within the warranty: inspection (ตรวจสภาพ) → defect notice to the contractor
-- with a fix deadline → re-inspection → the performance security returned or claimed.

CREATE TABLE inventory_inspection (
  id ${ID},
  contract_id ${BIGINT} NOT NULL REFERENCES inventory_contract (id),
  inspected_on TEXT NOT NULL,
  committee TEXT NOT NULL DEFAULT '',
  findings TEXT NOT NULL DEFAULT '',
  has_defect INTEGER NOT NULL DEFAULT 0,
  reinspection INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX inventory_inspection_contract ON inventory_inspection (contract_id, id);

CREATE TABLE inventory_defect_notice (
  id ${ID},
  contract_id ${BIGINT} NOT NULL REFERENCES inventory_contract (id),
  sent_on TEXT NOT NULL,
  fix_by TEXT NOT NULL,                       -- the contractor's deadline
  details TEXT NOT NULL DEFAULT '',
  letter_ref TEXT NOT NULL DEFAULT '',        -- the letter's number (e-Saraban, when it exists)
  fixed_on TEXT,                              -- set by a re-inspection that found no defect
  created_at TEXT NOT NULL
);
CREATE INDEX inventory_defect_notice_contract ON inventory_defect_notice (contract_id, id);

ALTER TABLE inventory_contract ADD COLUMN security_approved_by TEXT NOT NULL DEFAULT '';

-- Which notices of a reporting round each division has been sent (round opened, the reminder 3
-- days before the deadline, overdue to the division head), so the daily job sends each once.
CREATE TABLE plan_round_notice (
  round_id ${BIGINT} NOT NULL REFERENCES plan_round (id),
  kind TEXT NOT NULL CHECK (kind IN ('opened', 'reminder', 'overdue')),
  division_code TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  PRIMARY KEY (round_id, kind, division_code)
);

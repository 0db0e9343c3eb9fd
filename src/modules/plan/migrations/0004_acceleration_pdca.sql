-- The acceleration list (มาตรการเร่งรัด, plan Section 6.1.3 item 3): measures for delayed
-- projects with who carries them out and why; PDCA notes per project; and the executive's
-- decisions on either, appended to a log and never changed.
CREATE TABLE plan_acceleration (
  id ${ID},
  project_id ${BIGINT} NOT NULL REFERENCES plan_project (id),
  owner_th TEXT NOT NULL,
  reason_th TEXT NOT NULL,
  measure_th TEXT NOT NULL,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE INDEX plan_acceleration_project ON plan_acceleration (project_id);

CREATE TABLE plan_pdca_note (
  id ${ID},
  project_id ${BIGINT} NOT NULL REFERENCES plan_project (id),
  plan_th TEXT NOT NULL,
  do_th TEXT NOT NULL,
  check_th TEXT NOT NULL,
  act_th TEXT NOT NULL,
  written_by TEXT NOT NULL,
  written_at TEXT NOT NULL
);
CREATE INDEX plan_pdca_note_project ON plan_pdca_note (project_id);

CREATE TABLE plan_decision (
  id ${ID},
  subject TEXT NOT NULL CHECK (subject IN ('acceleration', 'pdca')),
  ref_id ${BIGINT} NOT NULL,
  project_id ${BIGINT} NOT NULL REFERENCES plan_project (id),
  decision_th TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL
);
CREATE INDEX plan_decision_ref ON plan_decision (subject, ref_id);

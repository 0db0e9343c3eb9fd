-- Delegations (ปฏิบัติราชการแทน / รักษาราชการแทน): "from day D1 to day D2 (Bangkok days), B acts
-- for A in e-Saraban approvals and signing". Rows are only ever added: ending one early is a new
-- fact (saraban_delegation_end), never an edit or a deletion.
CREATE TABLE saraban_delegation (
  id ${ID},
  principal_id ${BIGINT} NOT NULL,
  principal_name TEXT NOT NULL,
  principal_position TEXT NOT NULL DEFAULT '',
  delegate_id ${BIGINT} NOT NULL,
  delegate_name TEXT NOT NULL,
  delegate_position TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'on_behalf',
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  order_reference TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
);
CREATE INDEX saraban_delegation_principal ON saraban_delegation (principal_id, starts_on);
CREATE INDEX saraban_delegation_delegate ON saraban_delegation (delegate_id, starts_on);

-- A delegation ended before its last day: in force until ended_at.
CREATE TABLE saraban_delegation_end (
  delegation_id ${BIGINT} PRIMARY KEY REFERENCES saraban_delegation (id),
  ended_at TEXT NOT NULL,
  ended_by TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT ''
);

-- The jobs waiting for a person: found from the steps that routed them there.
CREATE INDEX saraban_action_routed ON saraban_action (to_user_id, job_id);

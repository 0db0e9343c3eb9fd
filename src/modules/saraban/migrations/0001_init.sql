-- e-Saraban: registers (ทะเบียนหนังสือ), their yearly numbers, letters, jobs (เรื่อง) and the
-- append-only history of each job.

-- Settings an administrator may change: the agency code printed before outgoing numbers.
CREATE TABLE saraban_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO saraban_setting (key, value) VALUES ('agency_code', 'ลพ 51000');

-- One row per register. Central registers are seeded; a division's sub-register
-- ("division:<code>") is added the first time a letter is forwarded to it.
-- reference_format: how a number of this register is written as the letter's "ที่"
-- ({agency} = the agency code, {no} = the number); '' for registers that issue no reference.
CREATE TABLE saraban_register (
  code TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  division_code TEXT NOT NULL DEFAULT '',
  name_th TEXT NOT NULL,
  name_en TEXT NOT NULL,
  reference_format TEXT NOT NULL DEFAULT ''
);
INSERT INTO saraban_register (code, kind, name_th, name_en, reference_format) VALUES
  ('incoming', 'incoming', 'ทะเบียนหนังสือรับ', 'Incoming register', ''),
  ('outgoing', 'outgoing', 'ทะเบียนหนังสือส่ง', 'Outgoing register', '{agency}/{no}'),
  ('circular', 'circular', 'ทะเบียนหนังสือเวียน (ว)', 'Circulars register', '{agency}/ว {no}'),
  ('order', 'order', 'ทะเบียนคำสั่ง', 'Orders register', '{no}'),
  ('announcement', 'announcement', 'ทะเบียนประกาศ', 'Announcements register', '{no}');

-- The last number given out per register and calendar year (Asia/Bangkok). Raised inside the
-- transaction that uses the number, so a rolled-back registration gives its number back.
CREATE TABLE saraban_sequence (
  register_code TEXT NOT NULL REFERENCES saraban_register (code),
  year INTEGER NOT NULL,
  last_no INTEGER NOT NULL,
  PRIMARY KEY (register_code, year)
);

-- Every number ever given out: used by a letter, reserved (จองเลข) or cancelled. Never deleted,
-- so the register has no gaps and a cancelled number stays visible as cancelled.
CREATE TABLE saraban_number (
  register_code TEXT NOT NULL REFERENCES saraban_register (code),
  year INTEGER NOT NULL,
  number INTEGER NOT NULL,
  status TEXT NOT NULL,
  letter_id ${BIGINT},
  note TEXT NOT NULL DEFAULT '',
  taken_at TEXT NOT NULL,
  taken_by TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (register_code, year, number)
);
CREATE INDEX saraban_number_letter ON saraban_number (letter_id);

-- A job (เรื่อง): gathers letters, files and every action taken on them.
CREATE TABLE saraban_job (
  id ${ID},
  title TEXT NOT NULL,
  secrecy TEXT NOT NULL DEFAULT 'none',
  urgency TEXT NOT NULL DEFAULT 'normal',
  due_date TEXT,
  status TEXT NOT NULL DEFAULT 'open',
  created_at TEXT NOT NULL,
  created_by_id ${BIGINT} NOT NULL DEFAULT 0
);

-- The people named on a job: they see a secret letter's subject; others see only its number.
CREATE TABLE saraban_job_member (
  job_id ${BIGINT} NOT NULL REFERENCES saraban_job (id),
  user_id ${BIGINT} NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (job_id, user_id)
);
CREATE INDEX saraban_job_member_user ON saraban_job_member (user_id);

-- A letter, incoming or outgoing, with its number in its register.
CREATE TABLE saraban_letter (
  id ${ID},
  job_id ${BIGINT} NOT NULL REFERENCES saraban_job (id),
  direction TEXT NOT NULL,
  register_code TEXT NOT NULL REFERENCES saraban_register (code),
  year INTEGER NOT NULL,
  register_no INTEGER NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  dated TEXT,
  from_party TEXT NOT NULL DEFAULT '',
  to_party TEXT NOT NULL DEFAULT '',
  subject TEXT NOT NULL,
  urgency TEXT NOT NULL,
  urgency_rank INTEGER NOT NULL DEFAULT 0,
  secrecy TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  registered_on TEXT NOT NULL,
  registered_by_id ${BIGINT} NOT NULL DEFAULT 0,
  registered_by TEXT NOT NULL,
  retention_years INTEGER NOT NULL DEFAULT 10,
  UNIQUE (register_code, year, register_no)
);
-- The register list: most urgent first, then newest number first.
CREATE INDEX saraban_letter_list ON saraban_letter (register_code, year, urgency_rank, register_no);
CREATE INDEX saraban_letter_day ON saraban_letter (register_code, registered_on);
CREATE INDEX saraban_letter_job ON saraban_letter (job_id);

-- The history of a job: every step with person, position and time. Rows are only ever added.
CREATE TABLE saraban_action (
  id ${ID},
  job_id ${BIGINT} NOT NULL REFERENCES saraban_job (id),
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  actor_id ${BIGINT} NOT NULL DEFAULT 0,
  actor_name TEXT NOT NULL,
  actor_position TEXT NOT NULL DEFAULT '',
  on_behalf_of TEXT NOT NULL DEFAULT '',
  to_division TEXT NOT NULL DEFAULT '',
  to_user_id ${BIGINT},
  to_name TEXT NOT NULL DEFAULT '',
  register_no INTEGER,
  note TEXT NOT NULL DEFAULT '',
  document_sha256 TEXT NOT NULL DEFAULT ''
);
CREATE INDEX saraban_action_job ON saraban_action (job_id, id);

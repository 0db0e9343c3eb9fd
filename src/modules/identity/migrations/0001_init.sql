-- Staff accounts, roles, sessions, API tokens and sign-in attempts.
-- Divisions and positions belong to the org module (org_division, org_position).

CREATE TABLE identity_user (
  id ${ID},
  username TEXT NOT NULL UNIQUE,        -- lower-case; how the person signs in
  display_name TEXT NOT NULL,           -- ชื่อ-สกุล in Thai
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  division_code TEXT REFERENCES org_division (code),
  position_code TEXT REFERENCES org_position (code),
  active INTEGER NOT NULL DEFAULT 1,    -- deactivated users keep their history
  password_hash TEXT NOT NULL DEFAULT '',
  password_changed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Roles: the built-in seven and any the administrator adds.
CREATE TABLE identity_role (
  key TEXT PRIMARY KEY,                 -- admin, executive, division_head, clerk, staff, it_staff, auditor
  name_th TEXT NOT NULL,
  name_en TEXT NOT NULL,
  builtin INTEGER NOT NULL DEFAULT 0,
  sort_order INTEGER NOT NULL DEFAULT 100
);

-- A role's permissions as changed by an administrator. Built-in roles start from the defaults
-- the modules declare; a row here adds (granted = 1) or removes (granted = 0) one permission.
CREATE TABLE identity_role_permission (
  role_key TEXT NOT NULL REFERENCES identity_role (key) ON DELETE CASCADE,
  permission TEXT NOT NULL,
  granted INTEGER NOT NULL,
  PRIMARY KEY (role_key, permission)
);

-- Who holds which role, everywhere ('*') or in one division.
CREATE TABLE identity_user_role (
  user_id ${BIGINT} NOT NULL REFERENCES identity_user (id),
  role_key TEXT NOT NULL REFERENCES identity_role (key),
  scope TEXT NOT NULL DEFAULT '*',      -- '*' or an org_division code
  PRIMARY KEY (user_id, role_key, scope)
);

-- Sessions live in the database so any server can answer any request. `key_hash` is the
-- SHA-256 of the cookie value: a copy of this table cannot be used to sign in.
CREATE TABLE identity_session (
  key_hash TEXT PRIMARY KEY,
  user_id ${BIGINT} NOT NULL REFERENCES identity_user (id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,             -- absolute expiry
  client_ip TEXT NOT NULL,
  user_agent TEXT NOT NULL,
  ended_at TEXT                         -- signed out (or signed out everywhere)
);
CREATE INDEX identity_session_user ON identity_session (user_id);

-- API tokens for machines. Only the SHA-256 of the token is kept; it is shown once.
CREATE TABLE identity_api_token (
  id ${ID},
  name TEXT NOT NULL UNIQUE,
  token_hash TEXT NOT NULL UNIQUE,
  scopes TEXT NOT NULL,                 -- permission keys, space-separated
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT,                      -- NULL: never
  revoked_at TEXT,
  last_used_at TEXT
);

-- Sign-in attempts, for the rate limit (per account and per address, 15-minute window).
CREATE TABLE identity_login_attempt (
  id ${ID},
  username TEXT NOT NULL,
  client_ip TEXT NOT NULL,
  at TEXT NOT NULL,
  succeeded INTEGER NOT NULL
);
CREATE INDEX identity_login_attempt_user ON identity_login_attempt (username, at);
CREATE INDEX identity_login_attempt_ip ON identity_login_attempt (client_ip, at);

INSERT INTO identity_role (key, name_th, name_en, builtin, sort_order) VALUES
  ('admin', 'ผู้ดูแลระบบ', 'System administrator', 1, 1),
  ('executive', 'ผู้บริหาร', 'Executive', 1, 2),
  ('division_head', 'ผู้อำนวยการกอง/หัวหน้าส่วนราชการ', 'Division head', 1, 3),
  ('clerk', 'เจ้าหน้าที่สารบรรณ', 'Clerk', 1, 4),
  ('staff', 'เจ้าหน้าที่', 'Staff', 1, 5),
  ('it_staff', 'เจ้าหน้าที่ไอที', 'IT staff', 1, 6),
  ('auditor', 'ผู้ตรวจสอบ', 'Auditor', 1, 7);

-- Settings the IT head keeps (one row each): whether requesters see their division's tickets.
CREATE TABLE helpdesk_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO helpdesk_setting (key, value) VALUES ('division_sees_tickets', '1');

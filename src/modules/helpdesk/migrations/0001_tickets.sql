-- The IT service desk: tickets (ใบแจ้งซ่อม), their timeline, SLA targets, kept counts, breaches.

-- SLA targets per priority, versioned: a ticket stores the version it was opened (or last
-- re-prioritised) under, so changing the targets never rewrites an opened ticket's deadlines.
CREATE TABLE helpdesk_sla_target (
  version INTEGER NOT NULL,
  priority TEXT NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'critical')),
  own_minutes INTEGER NOT NULL,      -- business minutes until someone in IT takes it
  resolve_minutes INTEGER NOT NULL,  -- business minutes until it is resolved (pauses excluded)
  created_at TEXT NOT NULL,
  PRIMARY KEY (version, priority)
);
INSERT INTO helpdesk_sla_target (version, priority, own_minutes, resolve_minutes, created_at)
VALUES (1, 'critical', 30, 240, '2026-12-01T00:00:00Z'),
       (1, 'high', 60, 480, '2026-12-01T00:00:00Z'),
       (1, 'medium', 240, 1440, '2026-12-01T00:00:00Z'),
       (1, 'low', 480, 2400, '2026-12-01T00:00:00Z');

CREATE TABLE helpdesk_ticket (
  id ${ID},
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  urgency TEXT NOT NULL CHECK (urgency IN ('low', 'medium', 'high')),
  priority TEXT NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'critical')),
  category TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('new', 'assigned', 'in_progress', 'waiting',
                                         'resolved', 'closed')),
  asset_no TEXT NOT NULL DEFAULT '',        -- the inventory's asset number, e.g. 416-66-0012
  requester_id ${BIGINT} NOT NULL,
  requester_name TEXT NOT NULL,
  division TEXT NOT NULL DEFAULT '',        -- the requester's division code when reported
  assignee_id ${BIGINT},
  assignee_name TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  sla_version INTEGER NOT NULL,
  own_target_seconds INTEGER NOT NULL,
  resolve_target_seconds INTEGER NOT NULL,
  own_due_at TEXT NOT NULL,
  resolve_due_at TEXT NOT NULL,
  paused_seconds INTEGER NOT NULL DEFAULT 0,  -- business time accrued waiting for the requester
  paused_since TEXT,
  -- The deadline the IT queue sorts by (own_due_at until owned, then resolve_due_at; '9999…'
  -- while waiting); NULL once resolved or closed, so the queue index holds open tickets only.
  queue_due_at TEXT,
  owned_at TEXT,
  resolved_at TEXT,
  closed_at TEXT,
  warn_level INTEGER NOT NULL DEFAULT 0,      -- 0 none, 1 warned, 2 breached (one message each)
  solution TEXT NOT NULL DEFAULT '',
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  rating_comment TEXT NOT NULL DEFAULT '',
  screenshot_file_id ${BIGINT}
);
CREATE INDEX helpdesk_ticket_queue ON helpdesk_ticket (queue_due_at, id);
CREATE INDEX helpdesk_ticket_requester ON helpdesk_ticket (requester_id, id);
CREATE INDEX helpdesk_ticket_division ON helpdesk_ticket (division, id);
CREATE INDEX helpdesk_ticket_resolved ON helpdesk_ticket (status, resolved_at);

-- The ticket's timeline: public replies, private notes (IT only), status changes, work logged.
CREATE TABLE helpdesk_entry (
  id ${ID},
  ticket_id ${BIGINT} NOT NULL REFERENCES helpdesk_ticket (id),
  kind TEXT NOT NULL CHECK (kind IN ('reply', 'note', 'status', 'work')),
  private INTEGER NOT NULL DEFAULT 0,
  body TEXT NOT NULL DEFAULT '',
  from_status TEXT,
  to_status TEXT,
  minutes INTEGER NOT NULL DEFAULT 0,
  parts TEXT NOT NULL DEFAULT '',
  author_id ${BIGINT},
  author_name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX helpdesk_entry_ticket ON helpdesk_entry (ticket_id, id);

-- Tickets per status, kept in the transaction of every change, so no page ever counts rows.
CREATE TABLE helpdesk_status_count (
  status TEXT PRIMARY KEY,
  n ${BIGINT} NOT NULL
);
INSERT INTO helpdesk_status_count (status, n)
VALUES ('new', 0), ('assigned', 0), ('in_progress', 0), ('waiting', 0), ('resolved', 0),
       ('closed', 0);

-- Deadlines missed, one row per ticket and kind, recorded when first seen.
CREATE TABLE helpdesk_breach (
  ticket_id ${BIGINT} NOT NULL REFERENCES helpdesk_ticket (id),
  kind TEXT NOT NULL CHECK (kind IN ('own', 'resolve')),
  due_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (ticket_id, kind)
);

-- Assignment rules (the IT head's): a new ticket of a category goes straight to one IT person.
CREATE TABLE helpdesk_assignment_rule (
  category TEXT PRIMARY KEY REFERENCES helpdesk_kb_category (code),
  assignee_id ${BIGINT} NOT NULL,
  assignee_name TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- E-mails handed in to the desk's address: each Message-ID opens one ticket, once.
CREATE TABLE helpdesk_mail (
  message_id TEXT PRIMARY KEY,
  ticket_id ${BIGINT} NOT NULL REFERENCES helpdesk_ticket (id),
  sender TEXT NOT NULL,
  received_at TEXT NOT NULL
);

-- The monthly report reads one month by when tickets were reported, taken and resolved: without
-- these it would read every ticket ever reported.
CREATE INDEX helpdesk_ticket_created ON helpdesk_ticket (created_at);
CREATE INDEX helpdesk_ticket_owned ON helpdesk_ticket (owned_at);
CREATE INDEX helpdesk_ticket_resolved_at ON helpdesk_ticket (resolved_at);

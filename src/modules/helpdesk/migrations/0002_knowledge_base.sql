-- The knowledge base (คลังความรู้ไอที): articles in Thai (and English), by category, public to
-- all staff or for IT staff only, every edit kept as a version, with "was this helpful" counts.
CREATE TABLE helpdesk_kb_category (
  code TEXT PRIMARY KEY,
  name_th TEXT NOT NULL,
  name_en TEXT NOT NULL,
  sort_order INTEGER NOT NULL
);
INSERT INTO helpdesk_kb_category (code, name_th, name_en, sort_order)
VALUES ('printer', 'เครื่องพิมพ์และสแกนเนอร์', 'Printers and scanners', 10),
       ('network', 'อินเทอร์เน็ตและ Wi-Fi', 'Internet and Wi-Fi', 20),
       ('saraban', 'ระบบสารบรรณอิเล็กทรอนิกส์ (e-Saraban)', 'e-Saraban', 30),
       ('egp', 'ระบบ e-GP และ e-LAAS', 'e-GP and e-LAAS', 40),
       ('computer', 'คอมพิวเตอร์และโปรแกรม', 'Computers and software', 50),
       ('account', 'บัญชีผู้ใช้และรหัสผ่าน', 'Accounts and passwords', 60),
       ('email', 'อีเมลและการประชุมออนไลน์', 'E-mail and online meetings', 70);

CREATE TABLE helpdesk_kb_article (
  id ${ID},
  category TEXT NOT NULL REFERENCES helpdesk_kb_category (code),
  staff_only INTEGER NOT NULL DEFAULT 0,   -- 1: IT staff only (internal procedures)
  version INTEGER NOT NULL,                -- the current version
  title_th TEXT NOT NULL,
  body_th TEXT NOT NULL,
  title_en TEXT NOT NULL DEFAULT '',
  body_en TEXT NOT NULL DEFAULT '',
  helpful_yes INTEGER NOT NULL DEFAULT 0,
  helpful_no INTEGER NOT NULL DEFAULT 0,
  from_ticket_id ${BIGINT} REFERENCES helpdesk_ticket (id),  -- the solution it grew from
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX helpdesk_kb_article_category ON helpdesk_kb_article (category, id);

-- Every version as it was saved, the current one included: history is never rewritten.
CREATE TABLE helpdesk_kb_version (
  article_id ${BIGINT} NOT NULL REFERENCES helpdesk_kb_article (id),
  version INTEGER NOT NULL,
  title_th TEXT NOT NULL,
  body_th TEXT NOT NULL,
  title_en TEXT NOT NULL,
  body_en TEXT NOT NULL,
  staff_only INTEGER NOT NULL,
  category TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  PRIMARY KEY (article_id, version)
);

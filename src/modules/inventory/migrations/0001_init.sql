-- Computer inventory (ครุภัณฑ์คอมพิวเตอร์) and procurement contracts' warranty control.

-- A procurement contract (สัญญาจัดซื้อ/จ้าง) whose goods are under warranty (ระยะเวลารับประกันความชำรุดบกพร่อง).
CREATE TABLE inventory_contract (
  id ${ID},
  egp_no TEXT NOT NULL DEFAULT '',            -- เลขที่โครงการ e-GP
  contract_no TEXT NOT NULL UNIQUE,           -- เลขที่สัญญา
  contract_date TEXT,                         -- YYYY-MM-DD
  contractor_name TEXT NOT NULL,
  contractor_tax_id TEXT NOT NULL,            -- 13 digits, check digit verified
  contractor_contact TEXT NOT NULL DEFAULT '',
  subject TEXT NOT NULL,
  value_satang ${BIGINT} NOT NULL,
  accepted_on TEXT NOT NULL,                  -- วันตรวจรับ
  warranty_months INTEGER NOT NULL,
  warranty_ends_on TEXT NOT NULL,             -- computed from accepted_on + warranty_months
  security_type TEXT NOT NULL DEFAULT '',     -- หลักประกันสัญญา: bank_guarantee, cash, cheque …
  security_amount_satang ${BIGINT} NOT NULL DEFAULT 0,
  security_guarantee_no TEXT NOT NULL DEFAULT '',
  security_expires_on TEXT,                   -- the guarantee's own expiry
  division_code TEXT REFERENCES org_division (code),
  committee TEXT NOT NULL DEFAULT '',         -- คณะกรรมการตรวจรับ, one name per line
  inspected_on TEXT,                          -- last inspection before warranty end
  security_closed_on TEXT,                    -- returned or claimed
  security_outcome TEXT NOT NULL DEFAULT '',  -- '', returned, claimed
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX inventory_contract_warranty ON inventory_contract (warranty_ends_on);

-- An asset (ครุภัณฑ์): registered by hand or created by an inventory agent's first report.
CREATE TABLE inventory_asset (
  id ${ID},
  asset_no TEXT UNIQUE,                       -- เลขครุภัณฑ์ e.g. 416-66-0012; NULL until given
  kind TEXT NOT NULL DEFAULT 'other',         -- desktop, notebook, printer, ups, network, server, other
  brand TEXT NOT NULL DEFAULT '',
  model TEXT NOT NULL DEFAULT '',
  serial TEXT NOT NULL DEFAULT '',
  hostname TEXT NOT NULL DEFAULT '',
  cpu TEXT NOT NULL DEFAULT '',
  ram_mb ${BIGINT} NOT NULL DEFAULT 0,
  disk_gb ${BIGINT} NOT NULL DEFAULT 0,
  os TEXT NOT NULL DEFAULT '',
  mac TEXT NOT NULL DEFAULT '',
  ip TEXT NOT NULL DEFAULT '',
  division_code TEXT REFERENCES org_division (code),
  location TEXT NOT NULL DEFAULT '',
  holder TEXT NOT NULL DEFAULT '',
  purchased_on TEXT,
  price_satang ${BIGINT} NOT NULL DEFAULT 0,
  funding_year INTEGER,                       -- fiscal year B.E. of the budget
  contract_id ${BIGINT} REFERENCES inventory_contract (id),
  warranty_ends_on TEXT,
  status TEXT NOT NULL DEFAULT 'in_use',      -- in_use, spare, repair, disposed
  device_id TEXT UNIQUE,                      -- the agent's DEVICEID (host-2024-05-09-13-45-10)
  last_report_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX inventory_asset_serial ON inventory_asset (serial);
CREATE INDEX inventory_asset_hostname ON inventory_asset (hostname);
CREATE INDEX inventory_asset_contract ON inventory_asset (contract_id);

-- Software an agent last reported on a machine.
CREATE TABLE inventory_software (
  asset_id ${BIGINT} NOT NULL REFERENCES inventory_asset (id),
  name TEXT NOT NULL,
  version TEXT NOT NULL DEFAULT '',
  publisher TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (asset_id, name, version)
);

-- What the warranty job sent: one row per (contract, kind, stage, the date it was about), so a
-- stage is sent once however often the job runs, and a corrected end date re-arms every stage.
CREATE TABLE inventory_reminder (
  contract_id ${BIGINT} NOT NULL REFERENCES inventory_contract (id),
  kind TEXT NOT NULL,                         -- warranty, overdue, security
  days_before INTEGER NOT NULL,               -- the stage (90, 60, 30, 7); 0 for overdue/security
  about_date TEXT NOT NULL,                   -- the warranty end (or guarantee expiry) it was about
  sent_at TEXT NOT NULL,
  PRIMARY KEY (contract_id, kind, days_before, about_date)
);

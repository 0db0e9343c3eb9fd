-- The warranty dashboard's settings, changed by its owner on /inventory/warranty/settings:
-- key reminder_days = "90,60,30,7" (the reminder stages). No row: the default
-- (PAO_WARRANTY_REMINDER_DAYS, else 90,60,30,7).
CREATE TABLE inventory_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

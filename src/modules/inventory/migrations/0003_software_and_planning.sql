-- Licence counts for a few tracked products, and the yearly reference specification (เกณฑ์ราคากลาง
-- และคุณลักษณะพื้นฐานครุภัณฑ์คอมพิวเตอร์ of the MDES) used to plan replacements.

CREATE TABLE inventory_tracked_product (
  id ${ID},
  product TEXT NOT NULL UNIQUE,               -- "Microsoft Office"
  match TEXT NOT NULL,                        -- part of the software name agents report
  owned INTEGER NOT NULL DEFAULT 0,           -- licences the PAO holds
  created_at TEXT NOT NULL
);

CREATE TABLE inventory_reference_spec (
  year INTEGER NOT NULL,                      -- B.E. year of the reference list
  kind TEXT NOT NULL,                         -- desktop, notebook, printer …
  min_ram_mb ${BIGINT} NOT NULL DEFAULT 0,
  min_disk_gb ${BIGINT} NOT NULL DEFAULT 0,
  max_age_years INTEGER NOT NULL DEFAULT 7,   -- replace when older
  price_satang ${BIGINT} NOT NULL DEFAULT 0,  -- the reference price of a replacement
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (year, kind)
);

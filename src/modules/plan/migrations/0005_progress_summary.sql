-- Each project's reported progress summed up when a report is filed or decided (in the same
-- transaction), so the dashboard and lists read one row per project instead of every report.
CREATE TABLE plan_project_summary (
  project_id ${BIGINT} PRIMARY KEY REFERENCES plan_project (id),
  actual_percent INTEGER,            -- the latest period's highest accepted version; NULL: none
  last_report_at TEXT,               -- when that version was filed
  last_period_filed TEXT,            -- the latest period_end with any filing not rejected
  committed_satang ${BIGINT} NOT NULL DEFAULT 0,
  spent_satang ${BIGINT} NOT NULL DEFAULT 0
);

-- Spending reported per fiscal year (each round's counting version once).
ALTER TABLE plan_project_year ADD COLUMN spent_satang ${BIGINT} NOT NULL DEFAULT 0;

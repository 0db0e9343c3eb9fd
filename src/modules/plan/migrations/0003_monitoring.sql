-- Plan M&E (ติดตามและประเมินผล): who is responsible for each project, its budget per fiscal year,
-- its planned progress curve, KPIs, reporting rounds and the owners' progress reports.

-- Responsible divisions as org division codes (the plan's unit names mapped by migration step 3).
CREATE TABLE plan_project_division (
  project_id ${BIGINT} NOT NULL REFERENCES plan_project (id),
  division_code TEXT NOT NULL,
  PRIMARY KEY (project_id, division_code)
);
CREATE INDEX plan_project_division_code ON plan_project_division (division_code);

-- Budget (satang) of a project in each of its fiscal years.
ALTER TABLE plan_project_year ADD COLUMN budget_satang ${BIGINT} NOT NULL DEFAULT 0;

-- The planned cumulative percent at the end of each quarter of the project's years (ไตรมาส 1–4
-- of a B.E. fiscal year). No rows: linear over the project's quarters.
CREATE TABLE plan_planned_progress (
  project_id ${BIGINT} NOT NULL REFERENCES plan_project (id),
  fiscal_year INTEGER NOT NULL,
  quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  percent DOUBLE PRECISION NOT NULL CHECK (percent BETWEEN 0 AND 100),
  PRIMARY KEY (project_id, fiscal_year, quarter)
);

-- A cancelled project (ยกเลิกโครงการ): why, and who approved it.
CREATE TABLE plan_project_cancellation (
  project_id ${BIGINT} PRIMARY KEY REFERENCES plan_project (id),
  reason_th TEXT NOT NULL,
  approved_by TEXT NOT NULL,
  cancelled_at TEXT NOT NULL
);

-- Settings of the follow-up: the margin (percentage points behind plan) that makes a project
-- delayed.
CREATE TABLE plan_setting (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  delay_margin DOUBLE PRECISION NOT NULL
);
INSERT INTO plan_setting (id, delay_margin) VALUES (1, 10);

-- KPIs (ตัวชี้วัด) of a project: higher or lower is better; a target per fiscal year.
CREATE TABLE plan_kpi (
  id ${ID},
  project_id ${BIGINT} NOT NULL REFERENCES plan_project (id),
  name_th TEXT NOT NULL,
  unit_th TEXT NOT NULL,
  baseline DOUBLE PRECISION NOT NULL DEFAULT 0,
  direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower'))
);
CREATE INDEX plan_kpi_project ON plan_kpi (project_id);
CREATE TABLE plan_kpi_target (
  kpi_id ${BIGINT} NOT NULL REFERENCES plan_kpi (id),
  fiscal_year INTEGER NOT NULL,
  target DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (kpi_id, fiscal_year)
);

-- A reporting round (รอบการรายงาน): monthly (period 1–12, 1 = October) or quarterly (1–4) of a
-- fiscal year, with a deadline (Bangkok date); open until the planner closes it.
CREATE TABLE plan_round (
  id ${ID},
  fiscal_year INTEGER NOT NULL,
  frequency TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly')),
  period INTEGER NOT NULL,
  period_end TEXT NOT NULL,          -- the last day of the period reported on (ISO date)
  deadline TEXT NOT NULL,            -- ISO date, Bangkok
  state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
  opened_at TEXT NOT NULL,
  closed_at TEXT,
  UNIQUE (fiscal_year, frequency, period)
);

-- A progress report (รายงานความก้าวหน้า) of a project in a round (its attachments are platform
-- files owned by plan/report/<id>). Every filing is a new version;
-- the accepted version with the highest number is the one that counts. An amendment after the
-- round closed waits as 'pending' until the planner approves (or rejects) it.
CREATE TABLE plan_report (
  id ${ID},
  round_id ${BIGINT} NOT NULL REFERENCES plan_round (id),
  project_id ${BIGINT} NOT NULL REFERENCES plan_project (id),
  version INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('accepted', 'pending', 'rejected')),
  amendment INTEGER NOT NULL DEFAULT 0,
  percent_complete INTEGER NOT NULL CHECK (percent_complete BETWEEN 0 AND 100),
  committed_satang ${BIGINT} NOT NULL DEFAULT 0,
  spent_satang ${BIGINT} NOT NULL DEFAULT 0,
  activities_th TEXT NOT NULL DEFAULT '',
  problems_th TEXT NOT NULL DEFAULT '',
  help_needed_th TEXT NOT NULL DEFAULT '',
  filed_by_id ${BIGINT} NOT NULL,
  filed_by_name TEXT NOT NULL,
  filed_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  UNIQUE (round_id, project_id, version)
);
CREATE INDEX plan_report_project ON plan_report (project_id, round_id);

CREATE TABLE plan_report_kpi (
  report_id ${BIGINT} NOT NULL REFERENCES plan_report (id),
  kpi_id ${BIGINT} NOT NULL REFERENCES plan_kpi (id),
  actual DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (report_id, kpi_id)
);


-- A KPI the planner no longer tracks (เลิกติดตามตัวชี้วัด): it leaves new report forms, while the
-- actuals reports already carry for it, and its achievement, stay in the project's history.
-- NULL: still tracked.
ALTER TABLE plan_kpi ADD COLUMN retired_at TEXT;

-- Several plans (แผน): the digital action plan, the 5-year local development plan, yearly action
-- plans. Each strategy belongs to one plan and is numbered within it; its goals (เป้าประสงค์) are
-- rows the planner adds, edits, reorders or removes (migration step 7 copies the seeded goals
-- text into them).
CREATE TABLE plan_plan (
  id ${ID},
  kind TEXT NOT NULL CHECK (kind IN ('digital', 'local_development', 'yearly_action')),
  name_th TEXT NOT NULL,
  first_year INTEGER NOT NULL,       -- B.E. fiscal years, first..last (a yearly plan: one year)
  last_year INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'in_force', 'ended')),
  CHECK (first_year <= last_year)
);
-- Plan 1, the default plan: the Digital Action Plan B.E. 2566–2570 seeded in migration 2.
INSERT INTO plan_plan (kind, name_th, first_year, last_year, status) VALUES ('digital',
  'แผนปฏิบัติการดิจิทัล องค์การบริหารส่วนจังหวัดลำพูน พ.ศ. 2566–2570', 2566, 2570, 'in_force');

-- A strategy's plan and its number in that plan (the seeded ones: plan 1, number = id). No
-- REFERENCES: SQLite cannot add a column that references another table with a non-null default;
-- the use cases check the plan exists.
ALTER TABLE plan_strategy ADD COLUMN plan_id ${BIGINT} NOT NULL DEFAULT 1;
ALTER TABLE plan_strategy ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
UPDATE plan_strategy SET number = id;
CREATE UNIQUE INDEX plan_strategy_number ON plan_strategy (plan_id, number);

-- The goals of a strategy in the order the plan lists them (plan_strategy.goals_th is no longer
-- read).
CREATE TABLE plan_goal (
  id ${ID},
  strategy_id INTEGER NOT NULL REFERENCES plan_strategy (id),
  position INTEGER NOT NULL,
  text_th TEXT NOT NULL
);
CREATE INDEX plan_goal_strategy ON plan_goal (strategy_id, position);

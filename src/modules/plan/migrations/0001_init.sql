-- The digital action plan: strategies (ยุทธศาสตร์) and their projects (โครงการ).
CREATE TABLE plan_strategy (
  id INTEGER PRIMARY KEY,      -- the strategy's number in the plan: 1..4
  name_th TEXT NOT NULL,
  missions_th TEXT NOT NULL,   -- ' | '-separated, as in the plan
  goals_th TEXT NOT NULL
);

CREATE TABLE plan_project (
  id ${ID},
  strategy_id INTEGER NOT NULL REFERENCES plan_strategy (id),
  seq INTEGER NOT NULL,              -- "2.4" is strategy 2, seq 4
  name_th TEXT NOT NULL,
  objectives_th TEXT NOT NULL,
  responsible_th TEXT NOT NULL,      -- as written in the plan; division links come with plan M&E
  system_kind TEXT NOT NULL,
  UNIQUE (strategy_id, seq)
);

CREATE TABLE plan_project_year (
  project_id INTEGER NOT NULL REFERENCES plan_project (id),
  fiscal_year INTEGER NOT NULL,      -- B.E., e.g. 2567
  PRIMARY KEY (project_id, fiscal_year)
);

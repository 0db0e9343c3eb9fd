-- The PAO itself: its names and the digital plan's vision, one row; and its divisions.
CREATE TABLE org_profile (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name_th TEXT NOT NULL,
  name_en TEXT NOT NULL,
  short_name_th TEXT NOT NULL,
  short_name_en TEXT NOT NULL,
  province_th TEXT NOT NULL,
  vision_th TEXT NOT NULL,          -- the PAO's development vision
  digital_vision_th TEXT NOT NULL,  -- the digital action plan's vision
  digital_vision_en TEXT NOT NULL,
  digital_plan_th TEXT NOT NULL,    -- the plan's title
  updated_at TEXT NOT NULL
);

CREATE TABLE org_division (
  code TEXT PRIMARY KEY,            -- stable key used across modules, e.g. strategy_budget
  name_th TEXT NOT NULL,
  short_name_th TEXT NOT NULL,
  name_en TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE org_digital_mission (
  seq INTEGER PRIMARY KEY,
  text_th TEXT NOT NULL
);

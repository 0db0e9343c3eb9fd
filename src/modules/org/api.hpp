// What other modules may ask the org module: who the PAO is, its divisions (ส่วนราชการ) and the
// positions (ตำแหน่ง) its staff hold.
//
// Division and position codes (e.g. "strategy_budget") are the stable keys every module stores:
// lower-case `[a-z][a-z0-9_]{1,39}`, unique, never renamed and never deleted. A division or
// position the PAO no longer uses is made inactive: pickers list only active ones, while
// find_*() still answers for inactive codes so records that name them keep reading.
//
// The administrator edits all of this through the org module's own pages and API
// (manage_*.hpp, permission `org.manage`); other modules only read it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace pao::org {

struct Division {
  std::string code;     // "strategy_budget"
  std::string name_th;  // "กองยุทธศาสตร์และงบประมาณ"
  std::string short_name_th;  // "กองยุทธศาสตร์ฯ"
  std::string name_en;
  bool active = true;
  int sort_order = 0;  // the PAO's order: smaller first
};

// A position (ตำแหน่ง) staff hold, e.g. นักวิชาการคอมพิวเตอร์.
struct Position {
  std::string code;  // "computer_technical_officer"
  std::string name_th;
  std::string name_en;
  bool active = true;
  int sort_order = 0;  // the establishment's order: smaller first
};

struct Profile {
  std::string name_th, name_en, short_name_th, short_name_en, province_th;
  std::string vision_th;
  std::string digital_vision_th, digital_vision_en, digital_plan_th;
  std::vector<std::string> digital_missions_th;
};

// Active divisions in the PAO's order (all when include_inactive), for pickers and listings.
std::vector<Division> list_divisions(db::Connection& conn, bool include_inactive = false);
// The division with `code`, active or not; nullopt when no division ever had it.
std::optional<Division> find_division(db::Connection& conn, const std::string& code);

// Active positions in the establishment's order (all when include_inactive).
std::vector<Position> list_positions(db::Connection& conn, bool include_inactive = false);
// The position with `code`, active or not; nullopt when no position ever had it.
std::optional<Position> find_position(db::Connection& conn, const std::string& code);

// The PAO's profile. Throws db::DbError when the database was not migrated.
Profile get_profile(db::Connection& conn);

}  // namespace pao::org

// SQL of a register read from its numbers (saraban_number with the letters that used them), for
// the division sub-registers. Private to the module, like store.hpp.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "modules/saraban/numbering.hpp"
#include "platform/db/database.hpp"

namespace pao::saraban::store {

struct NumberFilter {
  std::string register_code;
  int year = 0;
  std::optional<std::string> taken_from;   // ISO UTC time, inclusive
  std::optional<std::string> taken_until;  // ISO UTC time, exclusive
  int limit = 50;
  int offset = 0;
  std::optional<std::pair<int, std::int64_t>> after;
};

struct NumberLine {
  RegisterNumber number;
  int urgency_rank = 0;  // the letter's; 0 without one
};

// Most urgent letter first, then newest number first.
std::vector<NumberLine> list_number_lines(db::Connection& conn, const NumberFilter& f);
std::int64_t count_number_lines(db::Connection& conn, const NumberFilter& f);

}  // namespace pao::saraban::store

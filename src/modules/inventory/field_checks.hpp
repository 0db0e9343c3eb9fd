// What the inventory's use cases (assets, contracts, defects) check and record the same way.
#pragma once

#include <boost/json/string_view.hpp>
#include <boost/json/value.hpp>
#include <string>

#include "platform/error/error.hpp"

namespace pao::inventory {

// A text field as an audit value.
inline boost::json::value json_text(const std::string& s) {
  return boost::json::string_view(s);
}

// Adds "is not a date" to `field` when `v` is not empty and not a real YYYY-MM-DD date (the
// pages turn the B.E. dates people type into that form first).
void check_iso_date(FieldErrors& errors, const char* field, const std::string& v);

}  // namespace pao::inventory

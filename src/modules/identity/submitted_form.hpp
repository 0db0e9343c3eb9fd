// A submitted HTML form (application/x-www-form-urlencoded) as the identity pages read it:
// single fields, checkbox lists (a name repeated once per ticked box) and ticked flags.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/http/request.hpp"

namespace pao::identity {

class SubmittedForm {
 public:
  explicit SubmittedForm(const http::Request& request) : fields_(request.form()) {}

  // The first value sent for `name`, or "" when none was.
  std::string value(std::string_view name) const {
    for (const auto& [k, v] : fields_) {
      if (k == name) return v;
    }
    return {};
  }
  // Every value sent for `name`, in order (the ticked boxes of a checkbox list).
  std::vector<std::string> values(std::string_view name) const {
    std::vector<std::string> out;
    for (const auto& [k, v] : fields_) {
      if (k == name) out.push_back(v);
    }
    return out;
  }
  // Whether `name` was sent at all (an unticked checkbox is not).
  bool has(std::string_view name) const {
    for (const auto& [k, v] : fields_) {
      if (k == name) return true;
    }
    return false;
  }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

}  // namespace pao::identity

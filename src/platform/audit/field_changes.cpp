#include "platform/audit/field_changes.hpp"

#include <boost/json.hpp>

namespace pao::audit {

namespace json = boost::json;

std::string value_text(const json::value& v) {
  if (v.is_null()) return {};
  if (v.is_string()) return v.get_string().empty() ? "\"\"" : std::string(v.get_string());
  return json::serialize(v);
}

std::vector<FieldChange> read_field_changes(std::string_view changes_json) {
  std::vector<FieldChange> out;
  boost::system::error_code ec;
  const json::value doc = json::parse(changes_json, ec);
  if (ec || !doc.is_object()) {
    if (!changes_json.empty()) {
      out.push_back({"", true, "", std::string(changes_json), false, true});
    }
    return out;
  }
  for (const auto& [key, value] : doc.get_object()) {
    FieldChange c;
    c.field = std::string(key);
    const auto* o = value.if_object();
    if (o && o->size() == 2 && o->contains("before") && o->contains("after")) {
      c.had_before = !o->at("before").is_null();
      c.had_after = !o->at("after").is_null();
      c.before = value_text(o->at("before"));
      c.after = value_text(o->at("after"));
    } else {
      c.is_note = true;
      c.had_after = !value.is_null();
      c.after = value_text(value);
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::string field_changes_line(const std::vector<FieldChange>& changes) {
  std::string out;
  for (const auto& c : changes) {
    if (!out.empty()) out += "; ";
    if (!c.field.empty()) out += c.field + ": ";
    if (c.is_note) {
      out += c.after;
    } else {
      out += (c.had_before ? c.before : "—") + " → " + (c.had_after ? c.after : "—");
    }
  }
  return out;
}

}  // namespace pao::audit

#include "modules/audit/entry_filter.hpp"

#include "modules/audit/bangkok_time.hpp"
#include "platform/http/json_input.hpp"

namespace pao::audit {

namespace {

constexpr std::size_t kMaxChars = 200;

// The form's fields with their query parameter names, in the order links list them.
template <class Form, class F>
void each_field(Form& form, F&& f) {
  f("actor", form.actor);
  f("action", form.action);
  f("entity_type", form.entity_type);
  f("entity_id", form.entity_id);
  f("from", form.from);
  f("to", form.to);
}

}  // namespace

EntryFilterForm read_entry_filter_form(const http::Request& request) {
  EntryFilterForm form;
  each_field(form, [&](const char* name, std::string& value) {
    value = http::trim(request.query_param(name).value_or(""));
  });
  return form;
}

Result<Filter> to_filter(const EntryFilterForm& form) {
  FieldErrors errors;
  Filter filter;
  auto text = [&](const char* name, const std::string& value, std::optional<std::string>& out) {
    if (value.empty()) return;
    if (http::utf8_length(value) > kMaxChars) {
      errors.add(name, {"ยาวเกิน " + std::to_string(kMaxChars) + " ตัวอักษร",
                        "must be at most " + std::to_string(kMaxChars) + " characters"});
      return;
    }
    out = value;
  };
  text("actor", form.actor, filter.actor_name);
  text("action", form.action, filter.action);
  text("entity_type", form.entity_type, filter.entity_type);
  text("entity_id", form.entity_id, filter.entity_id);

  const Message bad_date{"ต้องเป็นวันที่ที่มีจริง วัน/เดือน/ปี พ.ศ. เช่น 25/11/2569",
                         "must be a real date, day/month/B.E. year, e.g. 25/11/2569"};
  std::optional<TimePoint> from, to_end;
  if (!form.from.empty()) {
    from = bangkok_day_start(form.from);
    if (!from) errors.add("from", bad_date);
  }
  if (!form.to.empty()) {
    if (const auto start = bangkok_day_start(form.to)) {
      to_end = *start + std::chrono::hours(24);  // `to` takes in the whole day
    } else {
      errors.add("to", bad_date);
    }
  }
  if (from && to_end && *to_end <= *from) {
    errors.add("to", {"ต้องไม่ก่อนวันที่เริ่มต้น", "must not be before the from date"});
  }
  if (!errors.empty()) return errors.to_error();
  if (from) filter.from_utc = to_iso_utc(*from);
  if (to_end) filter.to_utc = to_iso_utc(*to_end);
  return filter;
}

std::string to_query_string(const EntryFilterForm& form) {
  std::string out;
  each_field(form, [&](const char* name, const std::string& value) {
    if (value.empty()) return;
    if (!out.empty()) out += '&';
    out.append(name).append("=").append(http::percent_encode(value));
  });
  return out;
}

}  // namespace pao::audit

#include "modules/calendar/module.hpp"

#include "platform/html/ctemplate.hpp"

#include <boost/json.hpp>

#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"
#include "platform/registry/registry.hpp"
#include "platform/time/holiday_table.hpp"

namespace pao::calendar {

namespace json = boost::json;

namespace {

// ?year= as a Gregorian or B.E. year (2569 → 2026); the current Bangkok year otherwise.
Result<int> year_param(const http::Context& ctx) {
  const int current = bangkok_date(ctx.clock().now()).year;
  const auto y = ctx.request.query_param("year");
  if (!y || y->empty()) return current;
  try {
    std::size_t used = 0;
    int n = std::stoi(*y, &used);
    if (used == y->size()) {
      if (n > 2400) n -= kBuddhistEraOffset;
      if (n >= 2000 && n <= 2100) return n;
    }
  } catch (const std::exception&) {
  }
  return Error::invalid({"ปีไม่ถูกต้อง", "The year is not valid"})
      .field("year", {"ต้องเป็นปี พ.ศ. หรือ ค.ศ.", "must be a year (B.E. or C.E.)"});
}

json::object holiday_json(const Holiday& h) {
  return {{"date", to_iso_date(h.date)},
          {"date_th", format_thai_date(h.date, DateStyle::full)},
          {"name_th", h.name_th},
          {"name_en", h.name_en}};
}

Result<http::Response> list_json(http::Context& ctx) {
  auto year = year_param(ctx);
  if (!year.ok()) return year.error();
  json::array items;
  for (const auto& h : list_holidays(ctx.db(), *year)) items.push_back(holiday_json(h));
  return http::Response::json(200, json::object{{"year", *year}, {"items", std::move(items)}});
}

// A date typed by a person: 25/11/2569, 2569-11-25 or 2026-11-25.
std::optional<Date> typed_date(const std::string& s) {
  return parse_thai_date(s);
}

Result<http::Response> save_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const std::string date = in->text("date", {.required = true, .max_chars = 20});
  Holiday h;
  h.name_th = in->text("name_th", {.required = true, .max_chars = 200});
  h.name_en = in->text("name_en", {.max_chars = 200});
  const auto d = typed_date(date);
  if (!date.empty() && !d) {
    in->reject("date", {"ใช้รูปแบบ 25/11/2569 หรือ 2026-11-25", "use 25/11/2569 or 2026-11-25"});
  }
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  h.date = *d;
  auto s = save_holiday(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), h);
  if (!s.ok()) return s.error();
  return http::Response::json(200, holiday_json(h));
}

Result<http::Response> remove_json(http::Context& ctx) {
  const auto d = typed_date(ctx.request.path_param("date"));
  if (!d) return Error::not_found({"ไม่มีวันหยุดในวันนั้น", "There is no holiday on that day"});
  auto s = remove_holiday(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), *d);
  if (!s.ok()) return s.error();
  return http::Response::json(200, json::object{{"removed", to_iso_date(*d)}});
}

http::Response holidays_page(http::Context& ctx, int year, const Error* error,
                             const std::vector<std::pair<std::string, std::string>>& form,
                             const std::string& notice) {
  ctemplate::TemplateDictionary dict("holidays");
  const bool en = ctx.lang == "en";
  dict.SetIntValue("YEAR_BE", year + kBuddhistEraOffset);
  dict.SetIntValue("YEAR", year);
  dict.SetIntValue("PREV", year - 1);
  dict.SetIntValue("NEXT", year + 1);
  dict.SetIntValue("PREV_BE", year - 1 + kBuddhistEraOffset);
  dict.SetIntValue("NEXT_BE", year + 1 + kBuddhistEraOffset);
  const bool may_edit = ctx.principal.can("calendar.manage");
  if (may_edit) dict.ShowSection("MAY_EDIT");
  const auto holidays = list_holidays(ctx.db(), year);
  if (holidays.empty()) dict.ShowSection("EMPTY");
  for (const auto& h : holidays) {
    auto* row = dict.AddSectionDictionary("HOLIDAY");
    row->SetValue("DATE", en ? format_english_date(h.date, DateStyle::full)
                             : format_thai_date(h.date, DateStyle::full));
    row->SetValue("ISO", to_iso_date(h.date));
    static const char* kDaysTh[] = {"อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์"};
    static const char* kDaysEn[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                    "Thursday", "Friday", "Saturday"};
    const unsigned wd = weekday_of(h.date).c_encoding();
    row->SetValue("WEEKDAY", en ? kDaysEn[wd] : kDaysTh[wd]);
    row->SetValue("NAME", en ? h.name_en : h.name_th);
    if (may_edit) row->ShowSection("ROW_EDIT");
  }
  for (const auto& [k, v] : form) {
    if (k == "date" || k == "name_th" || k == "name_en") {
      std::string upper = k;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      dict.SetValue("FORM_" + upper, v);
    }
  }
  if (!notice.empty()) dict.SetValueAndShowSection("NOTICE", notice, "HAS_NOTICE");
  int status = 200;
  if (error) {
    status = http_status_for(error->code);
    ctx.html().form_errors(
        ctx, *error, dict,
        [&](const std::string& f) { return ctx.html().text(ctx.lang, "calendar." + f); },
        {"date", "name_th", "name_en"});
  }
  html::PageInfo info;
  info.title = ctx.html().text(ctx.lang, "calendar.title");
  info.section = "admin_holidays";
  return ctx.html().page(ctx, info, "calendar/holidays", dict, status);
}

Result<http::Response> show_page(http::Context& ctx) {
  auto year = year_param(ctx);
  if (!year.ok()) return year.error();
  std::string notice;
  if (ctx.request.query_param("saved")) notice = ctx.html().text(ctx.lang, "calendar.saved");
  if (ctx.request.query_param("removed")) notice = ctx.html().text(ctx.lang, "calendar.removed");
  return holidays_page(ctx, *year, nullptr, {}, notice);
}

std::string form_value(const std::vector<std::pair<std::string, std::string>>& form,
                       std::string_view key) {
  for (const auto& [k, v] : form) {
    if (k == key) return http::trim(v);
  }
  return {};
}

Result<http::Response> submit_save(http::Context& ctx) {
  const auto form = ctx.request.form();
  const std::string date = form_value(form, "date");
  Holiday h{{}, form_value(form, "name_th"), form_value(form, "name_en")};
  const auto d = typed_date(date);
  Status s = ok_status();
  if (!d) {
    FieldErrors e;
    e.add("date", {"ใช้รูปแบบ 25/11/2569 หรือ 2026-11-25", "use 25/11/2569 or 2026-11-25"});
    if (h.name_th.empty()) e.add("name_th", {"ต้องระบุ", "is required"});
    s = e.to_error();
  } else {
    h.date = *d;
    s = save_holiday(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), h);
  }
  if (!s.ok()) {
    const int year = d ? d->year : bangkok_date(ctx.clock().now()).year;
    return holidays_page(ctx, year, &s.error(), form, "");
  }
  return http::Response::redirect("/admin/holidays?year=" + std::to_string(h.date.year) +
                                  "&saved=1");
}

Result<http::Response> submit_remove(http::Context& ctx) {
  const auto d = typed_date(ctx.request.path_param("date"));
  if (!d) return Error::not_found({"ไม่มีวันหยุดในวันนั้น", "There is no holiday on that day"});
  auto s = remove_holiday(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), *d);
  if (!s.ok()) return s.error();
  return http::Response::redirect("/admin/holidays?year=" + std::to_string(d->year) + "&removed=1");
}

}  // namespace

void register_calendar_module(Registry& registry) {
  registry.add_permission("calendar.manage",
                          {"แก้ไขวันหยุดราชการ", "Maintain the government holiday list"});
  registry.add_permission("calendar.view", {"ดูหน้าจัดการวันหยุด", "See the holiday admin page"},
                          {"executive", "division_head", "clerk", "staff", "it_staff", "auditor"});
  auto& routes = registry.routes();
  const json::value holiday_schema = json::parse(R"({"type":"object","properties":{
    "date":{"type":"string","format":"date"},"date_th":{"type":"string","example":"25 พฤศจิกายน 2569"},
    "name_th":{"type":"string"},"name_en":{"type":"string"}}})");
  routes.get("/api/v1/holidays")
      .allow_anonymous()
      .tag("calendar")
      .summary("Government holidays of a year (public)")
      .query_param("year", "integer", "Year, B.E. (2569) or C.E. (2026); default this year")
      .response(200, "The holidays in date order")
      .handle(list_json);
  routes.post("/api/v1/holidays")
      .permission("calendar.manage")
      .tag("calendar")
      .summary("Add a holiday, or rename the one on that date")
      .request_body(json::parse(R"({"type":"object","required":["date","name_th"],"properties":{
        "date":{"type":"string","example":"25/11/2569"},"name_th":{"type":"string"},
        "name_en":{"type":"string"}}})"))
      .response(200, "Saved", holiday_schema)
      .handle(save_json);
  routes.del("/api/v1/holidays/{date}")
      .permission("calendar.manage")
      .tag("calendar")
      .summary("Remove the holiday on a date")
      .path_param("date", "string", "2026-11-25 or 25/11/2569")
      .response(200, "Removed")
      .response(404, "No holiday that day")
      .handle(remove_json);
  routes.get("/admin/holidays").permission("calendar.view").handle(show_page);
  routes.post("/admin/holidays").permission("calendar.manage").handle(submit_save);
  routes.post("/admin/holidays/{date}/remove").permission("calendar.manage").handle(submit_remove);
  registry.add_menu({"admin_holidays", "calendar.title", "/admin/holidays",
                     std::string("calendar.view"), 95, "admin", "ui.admin_menu"});
}

}  // namespace pao::calendar

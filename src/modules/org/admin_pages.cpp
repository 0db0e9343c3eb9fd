// The administrator's pages of the org module: the profile (/admin/org), divisions
// (/admin/divisions) and positions (/admin/positions). Thin, and usable without JavaScript: each
// POST reads the form, calls the same use case as the JSON API and either shows the form again
// with the person's input and an error summary, or redirects (303, post/redirect/get) to a page
// whose notice says what was saved.
#include "platform/html/ctemplate.hpp"

#include <cctype>
#include <initializer_list>
#include <map>

#include "modules/org/api.hpp"
#include "modules/org/input_rules.hpp"
#include "modules/org/manage_divisions.hpp"
#include "modules/org/manage_positions.hpp"
#include "modules/org/manage_profile.hpp"
#include "modules/org/routes.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/html/renderer.hpp"

namespace pao::org {

namespace {

using Dict = ctemplate::TemplateDictionary;
// A submitted form: field → the text typed (the first value when a field repeats).
using FormValues = std::map<std::string, std::string>;
// Field → catalogue key of its label, for the error summary's links.
using Labels = std::map<std::string, std::string>;

constexpr const char* kSection = "org_admin";

FormValues read_form(const http::Request& req) {
  FormValues values;
  for (auto& [k, v] : req.form()) values.emplace(std::move(k), std::move(v));
  return values;
}

std::string value(const FormValues& values, const std::string& field) {
  const auto it = values.find(field);
  return it == values.end() ? std::string() : it->second;
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

const std::string& text(const http::Context& ctx, std::string_view key) {
  return ctx.html().text(ctx.lang, key);
}

// {{VALUE_<FIELD>}} for each field: what the form shows in it.
void show_values(Dict& dict, const FormValues& values, std::initializer_list<const char*> fields) {
  for (const char* f : fields) dict.SetValue("VALUE_" + upper(f), value(values, f));
}

// The links between the three admin pages, the current one marked.
void show_admin_nav(const http::Context& ctx, Dict& dict, std::string_view current) {
  struct Link {
    const char* href;
    const char* label_key;
  };
  static constexpr Link kLinks[] = {{"/admin/org", "org.admin.profile"},
                                    {"/admin/divisions", "org.divisions"},
                                    {"/admin/positions", "org.admin.positions"}};
  Dict nav("admin_nav");
  for (const auto& l : kLinks) {
    auto* d = nav.AddSectionDictionary("LINK");
    d->SetValue("HREF", l.href);
    d->SetValue("LABEL", text(ctx, l.label_key));
    if (current == l.href) d->ShowSection("CURRENT");
  }
  dict.SetValue("ADMIN_NAV", ctx.html().render("org/admin_nav", ctx.lang, nav));
}

void show_errors(http::Context& ctx, Dict& dict, const Error& error, const Labels& labels) {
  ctx.html().form_errors(ctx, error, dict, [&](const std::string& field) -> std::string {
    const auto it = labels.find(field);
    return it == labels.end() ? field : text(ctx, it->second);
  });
}

void show_notice(Dict& dict, const std::string& notice) {
  if (!notice.empty()) dict.SetValueAndShowSection("TEXT", notice, "NOTICE");
}

// One invalid_argument naming every bad field: those found reading the form, then the rules'.
std::optional<Error> problems(FieldErrors from_form, const FieldErrors& from_rules) {
  if (!from_rules.empty()) {
    for (const auto& [field, why] : from_rules.to_error().fields) {
      if (!from_form.has(field)) from_form.add(field, why);
    }
  }
  if (from_form.empty()) return std::nullopt;
  return from_form.to_error();
}

// A failure the person can fix on the form they sent (bad input, a code already taken); any
// other (an unknown record) ends on the error page.
bool fixable_on_form(const Error& e) {
  return e.code == ErrorCode::invalid_argument || e.code == ErrorCode::conflict;
}

// Reads the form's display order into `out`; blank is allowed only when `optional`.
void read_sort_order(const FormValues& values, bool optional, FieldErrors& errors,
                     std::optional<int>& out) {
  const auto parsed = parse_sort_order(value(values, "sort_order"));
  if (parsed.error) {
    errors.add("sort_order", *parsed.error);
  } else if (!parsed.value && !optional) {
    errors.add("sort_order", required_message());
  } else {
    out = parsed.value;
  }
}

// The page's title; after a failed post it starts with "Error:" so screen-reader users hear it
// first (GOV.UK's pattern).
std::string title(const http::Context& ctx, std::string base, const Error* error) {
  if (!error) return base;
  return text(ctx, "org.admin.error_prefix") + ": " + base;
}

std::string notice_naming(const http::Context& ctx, std::string_view key, const std::string& th,
                          const std::string& en) {
  return text(ctx, key) + ": " + (ctx.lang == "en" ? en : th);
}

// ---- profile ------------------------------------------------------------------------------------

const Labels kProfileLabels = {{"name_th", "org.field.name_th"},
                               {"name_en", "org.field.name_en"},
                               {"short_name_th", "org.field.short_name_th"},
                               {"short_name_en", "org.field.short_name_en"},
                               {"province_th", "org.field.province_th"},
                               {"vision_th", "org.field.vision_th"},
                               {"digital_vision_th", "org.field.digital_vision_th"},
                               {"digital_vision_en", "org.field.digital_vision_en"},
                               {"digital_plan_th", "org.field.digital_plan_th"}};

FormValues profile_values(const Profile& p) {
  return {{"name_th", p.name_th},
          {"name_en", p.name_en},
          {"short_name_th", p.short_name_th},
          {"short_name_en", p.short_name_en},
          {"province_th", p.province_th},
          {"vision_th", p.vision_th},
          {"digital_vision_th", p.digital_vision_th},
          {"digital_vision_en", p.digital_vision_en},
          {"digital_plan_th", p.digital_plan_th}};
}

http::Response render_profile(http::Context& ctx, const FormValues& values, const Error* error,
                              const std::string& notice) {
  Dict dict("profile_form");
  show_admin_nav(ctx, dict, "/admin/org");
  show_values(dict, values,
              {"name_th", "name_en", "short_name_th", "short_name_en", "province_th", "vision_th",
               "digital_vision_th", "digital_vision_en", "digital_plan_th"});
  show_notice(dict, notice);
  if (error) show_errors(ctx, dict, *error, kProfileLabels);
  html::PageInfo info;
  info.title = title(ctx, text(ctx, "org.admin.profile"), error);
  info.section = kSection;
  return ctx.html().page(ctx, info, "org/profile_form", dict,
                         error ? http_status_for(error->code) : 200);
}

// ---- divisions ----------------------------------------------------------------------------------

const Labels kDivisionLabels = {{"code", "org.field.code"},
                                {"name_th", "org.field.division_name_th"},
                                {"short_name_th", "org.field.short_name_th"},
                                {"name_en", "org.field.division_name_en"},
                                {"sort_order", "org.field.sort_order"},
                                {"active", "org.field.active"}};

// The list of every division (inactive ones marked) and the "add a division" form.
http::Response render_divisions(http::Context& ctx, const FormValues& add_form, const Error* error,
                                const std::string& notice) {
  Dict dict("divisions");
  show_admin_nav(ctx, dict, "/admin/divisions");
  for (const auto& d : list_divisions(ctx.db(), true)) {
    auto* row = dict.AddSectionDictionary("ROW");
    row->SetValue("CODE", d.code);
    row->SetValue("NAME_TH", d.name_th);
    row->SetValue("SHORT_NAME_TH", d.short_name_th);
    row->SetValue("NAME_EN", d.name_en);
    row->SetIntValue("SORT_ORDER", d.sort_order);
    row->ShowSection(d.active ? "ACTIVE" : "INACTIVE");
  }
  show_values(dict, add_form, {"code", "name_th", "short_name_th", "name_en", "sort_order"});
  show_notice(dict, notice);
  if (error) show_errors(ctx, dict, *error, kDivisionLabels);
  html::PageInfo info;
  info.title = title(ctx, text(ctx, "org.divisions"), error);
  info.section = kSection;
  return ctx.html().page(ctx, info, "org/divisions", dict,
                         error ? http_status_for(error->code) : 200);
}

FormValues division_values(const Division& d) {
  FormValues v{{"name_th", d.name_th},
               {"short_name_th", d.short_name_th},
               {"name_en", d.name_en},
               {"sort_order", std::to_string(d.sort_order)}};
  if (d.active) v["active"] = "1";
  return v;
}

http::Response render_division(http::Context& ctx, const Division& d, const FormValues& values,
                               const Error* error) {
  Dict dict("division_form");
  show_admin_nav(ctx, dict, "/admin/divisions");
  dict.SetValue("CODE", d.code);
  show_values(dict, values, {"name_th", "short_name_th", "name_en", "sort_order"});
  if (values.count("active")) dict.ShowSection("ACTIVE_CHECKED");
  if (error) show_errors(ctx, dict, *error, kDivisionLabels);
  const std::string& name = ctx.lang == "en" ? d.name_en : d.name_th;
  html::PageInfo info;
  dict.SetValue("NAME", name);
  info.title = title(ctx, text(ctx, "org.admin.edit_division") + ": " + name, error);
  info.section = kSection;
  info.crumbs = {{text(ctx, "org.divisions"), "/admin/divisions"}, {name, ""}};
  return ctx.html().page(ctx, info, "org/division_form", dict,
                         error ? http_status_for(error->code) : 200);
}

// ---- positions ----------------------------------------------------------------------------------

const Labels kPositionLabels = {{"code", "org.field.code"},
                                {"name_th", "org.field.position_name_th"},
                                {"name_en", "org.field.position_name_en"},
                                {"sort_order", "org.field.sort_order"},
                                {"active", "org.field.active"}};

http::Response render_positions(http::Context& ctx, const FormValues& add_form, const Error* error,
                                const std::string& notice) {
  Dict dict("positions");
  show_admin_nav(ctx, dict, "/admin/positions");
  for (const auto& p : list_positions(ctx.db(), true)) {
    auto* row = dict.AddSectionDictionary("ROW");
    row->SetValue("CODE", p.code);
    row->SetValue("NAME_TH", p.name_th);
    row->SetValue("NAME_EN", p.name_en);
    row->SetIntValue("SORT_ORDER", p.sort_order);
    row->ShowSection(p.active ? "ACTIVE" : "INACTIVE");
  }
  show_values(dict, add_form, {"code", "name_th", "name_en", "sort_order"});
  show_notice(dict, notice);
  if (error) show_errors(ctx, dict, *error, kPositionLabels);
  html::PageInfo info;
  info.title = title(ctx, text(ctx, "org.admin.positions"), error);
  info.section = kSection;
  return ctx.html().page(ctx, info, "org/positions", dict,
                         error ? http_status_for(error->code) : 200);
}

FormValues position_values(const Position& p) {
  FormValues v{
      {"name_th", p.name_th}, {"name_en", p.name_en}, {"sort_order", std::to_string(p.sort_order)}};
  if (p.active) v["active"] = "1";
  return v;
}

http::Response render_position(http::Context& ctx, const Position& p, const FormValues& values,
                               const Error* error) {
  Dict dict("position_form");
  show_admin_nav(ctx, dict, "/admin/positions");
  dict.SetValue("CODE", p.code);
  show_values(dict, values, {"name_th", "name_en", "sort_order"});
  if (values.count("active")) dict.ShowSection("ACTIVE_CHECKED");
  if (error) show_errors(ctx, dict, *error, kPositionLabels);
  const std::string& name = ctx.lang == "en" ? p.name_en : p.name_th;
  html::PageInfo info;
  dict.SetValue("NAME", name);
  info.title = title(ctx, text(ctx, "org.admin.edit_position") + ": " + name, error);
  info.section = kSection;
  info.crumbs = {{text(ctx, "org.admin.positions"), "/admin/positions"}, {name, ""}};
  return ctx.html().page(ctx, info, "org/position_form", dict,
                         error ? http_status_for(error->code) : 200);
}

}  // namespace

// ---- handlers -----------------------------------------------------------------------------------

Result<http::Response> profile_page(http::Context& ctx) {
  const bool saved = ctx.request.query_param("saved") == "1";
  return render_profile(ctx, profile_values(get_profile(ctx.db())), nullptr,
                        saved ? text(ctx, "org.notice.profile_saved") : std::string());
}

Result<http::Response> save_profile_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  ProfileChanges c;
  c.name_th = value(v, "name_th");
  c.name_en = value(v, "name_en");
  c.short_name_th = value(v, "short_name_th");
  c.short_name_en = value(v, "short_name_en");
  c.province_th = value(v, "province_th");
  c.vision_th = value(v, "vision_th");
  c.digital_vision_th = value(v, "digital_vision_th");
  c.digital_vision_en = value(v, "digital_vision_en");
  c.digital_plan_th = value(v, "digital_plan_th");
  auto saved = update_profile(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), c);
  if (!saved.ok()) {
    if (fixable_on_form(saved.error())) return render_profile(ctx, v, &saved.error(), {});
    return saved.error();
  }
  return http::Response::redirect("/admin/org?saved=1");
}

Result<http::Response> divisions_page(http::Context& ctx) {
  std::string notice;
  if (const auto code = ctx.request.query_param("added")) {
    if (const auto d = find_division(ctx.db(), *code)) {
      notice = notice_naming(ctx, "org.notice.division_added", d->name_th, d->name_en);
    }
  } else if (const auto saved = ctx.request.query_param("saved")) {
    if (const auto d = find_division(ctx.db(), *saved)) {
      notice = notice_naming(ctx, "org.notice.division_saved", d->name_th, d->name_en);
    }
  }
  return render_divisions(ctx, {}, nullptr, notice);
}

Result<http::Response> add_division_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  NewDivision in{value(v, "code"), value(v, "name_th"), value(v, "short_name_th"),
                 value(v, "name_en"), std::nullopt};
  FieldErrors form;
  read_sort_order(v, true, form, in.sort_order);
  if (const auto bad = problems(form, check_new_division(in))) {
    return render_divisions(ctx, v, &*bad, {});
  }
  auto added = add_division(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), in);
  if (!added.ok()) {
    if (fixable_on_form(added.error())) return render_divisions(ctx, v, &added.error(), {});
    return added.error();
  }
  return http::Response::redirect("/admin/divisions?added=" + added->code);
}

Result<http::Response> division_page(http::Context& ctx) {
  const std::string& code = ctx.request.path_param("code");
  const auto d = find_division(ctx.db(), code);
  if (!d) return no_such_division(code);
  return render_division(ctx, *d, division_values(*d), nullptr);
}

Result<http::Response> save_division_form(http::Context& ctx) {
  const std::string& code = ctx.request.path_param("code");
  const auto current = find_division(ctx.db(), code);
  if (!current) return no_such_division(code);
  const FormValues v = read_form(ctx.request);
  DivisionChanges c;
  c.name_th = value(v, "name_th");
  c.short_name_th = value(v, "short_name_th");
  c.name_en = value(v, "name_en");
  c.active = v.count("active") > 0;  // an unticked box is not sent
  FieldErrors form;
  read_sort_order(v, false, form, c.sort_order);
  if (const auto bad = problems(form, check_division_changes(c))) {
    return render_division(ctx, *current, v, &*bad);
  }
  auto saved = update_division(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), code, c);
  if (!saved.ok()) {
    if (fixable_on_form(saved.error())) return render_division(ctx, *current, v, &saved.error());
    return saved.error();
  }
  return http::Response::redirect("/admin/divisions?saved=" + code);
}

Result<http::Response> positions_page(http::Context& ctx) {
  std::string notice;
  if (const auto code = ctx.request.query_param("added")) {
    if (const auto p = find_position(ctx.db(), *code)) {
      notice = notice_naming(ctx, "org.notice.position_added", p->name_th, p->name_en);
    }
  } else if (const auto saved = ctx.request.query_param("saved")) {
    if (const auto p = find_position(ctx.db(), *saved)) {
      notice = notice_naming(ctx, "org.notice.position_saved", p->name_th, p->name_en);
    }
  }
  return render_positions(ctx, {}, nullptr, notice);
}

Result<http::Response> add_position_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  NewPosition in{value(v, "code"), value(v, "name_th"), value(v, "name_en"), std::nullopt};
  FieldErrors form;
  read_sort_order(v, true, form, in.sort_order);
  if (const auto bad = problems(form, check_new_position(in))) {
    return render_positions(ctx, v, &*bad, {});
  }
  auto added = add_position(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), in);
  if (!added.ok()) {
    if (fixable_on_form(added.error())) return render_positions(ctx, v, &added.error(), {});
    return added.error();
  }
  return http::Response::redirect("/admin/positions?added=" + added->code);
}

Result<http::Response> position_page(http::Context& ctx) {
  const std::string& code = ctx.request.path_param("code");
  const auto p = find_position(ctx.db(), code);
  if (!p) return no_such_position(code);
  return render_position(ctx, *p, position_values(*p), nullptr);
}

Result<http::Response> save_position_form(http::Context& ctx) {
  const std::string& code = ctx.request.path_param("code");
  const auto current = find_position(ctx.db(), code);
  if (!current) return no_such_position(code);
  const FormValues v = read_form(ctx.request);
  PositionChanges c;
  c.name_th = value(v, "name_th");
  c.name_en = value(v, "name_en");
  c.active = v.count("active") > 0;
  FieldErrors form;
  read_sort_order(v, false, form, c.sort_order);
  if (const auto bad = problems(form, check_position_changes(c))) {
    return render_position(ctx, *current, v, &*bad);
  }
  auto saved = update_position(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), code, c);
  if (!saved.ok()) {
    if (fixable_on_form(saved.error())) return render_position(ctx, *current, v, &saved.error());
    return saved.error();
  }
  return http::Response::redirect("/admin/positions?saved=" + code);
}

}  // namespace pao::org

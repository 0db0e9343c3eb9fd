// The delegation registry on the page (/saraban/delegations: mine — or everyone's for an
// administrator — the form, ending one early) and in the JSON API (/api/v1/saraban/delegations),
// both calling delegation.hpp.
//
// Who may record: a head (saraban.approve) for themselves; an administrator
// (saraban.delegation.manage) for anyone. Who may end one: the person who delegated, or an
// administrator.
#include "platform/html/ctemplate.hpp"

#include <boost/json.hpp>
#include <charconv>

#include "modules/identity/api.hpp"
#include "modules/saraban/delegation.hpp"
#include "modules/saraban/json_params.hpp"
#include "modules/saraban/page_kit.hpp"
#include "modules/saraban/routes.hpp"
#include "modules/saraban/routes_division.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"
#include "platform/registry/registry.hpp"

namespace pao::saraban {

namespace json = boost::json;

namespace {

constexpr int kListLimit = 200;
const std::vector<std::string> kFormFields = {"principal", "delegate", "kind",
                                              "starts_on", "ends_on",  "order_reference"};

Error not_allowed() {
  return Error{ErrorCode::permission_denied,
               {"คุณไม่มีสิทธิ์บันทึกหรือยุติการมอบหมายนี้", "You may not record or end this delegation"},
               {},
               "saraban delegation refused"};
}

bool may_record(const auth::Principal& p) {
  return p.can(kApprove) || p.can(kManageDelegations);
}

bool may_end(const auth::Principal& p, const Delegation& d) {
  return p.can(kManageDelegations) || (p.id == d.principal_id && p.can(kApprove));
}

std::optional<std::int64_t> positive_id(std::string_view s) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size() || n <= 0) return std::nullopt;
  return n;
}

// A username typed for A or B: the account's id; 0 when blank, -1 when nobody has it.
std::int64_t user_id_of(db::Connection& conn, const std::string& username) {
  const std::string name = http::trim(username);
  if (name.empty()) return 0;
  const auto u = identity::find_user_by_username(conn, name);
  return u && u->active ? u->id : -1;
}

// The new delegation from its parts, A being the caller unless an administrator named someone.
// Unknown usernames are field errors in `errors`.
NewDelegation new_delegation(http::Context& ctx, const std::string& principal,
                             const std::string& delegate, FieldErrors& errors) {
  NewDelegation d;
  d.principal_id = ctx.principal.id;
  if (ctx.principal.can(kManageDelegations) && !http::trim(principal).empty()) {
    const auto id = user_id_of(ctx.db(), principal);
    if (id < 0) errors.add("principal", {"ไม่มีผู้ใช้นี้", "is not an active user"});
    d.principal_id = id < 0 ? 0 : id;
  }
  const auto id = user_id_of(ctx.db(), delegate);
  if (id < 0) errors.add("delegate", {"ไม่มีผู้ใช้นี้", "is not an active user"});
  d.delegate_id = id < 0 ? -1 : id;
  return d;
}

// Field errors of the form and of the use case together (the form's first).
Error merged(const FieldErrors& form, const Error& use_case) {
  Error e = use_case;
  for (const auto& [field, why] : form.to_error().fields) e.fields.insert_or_assign(field, why);
  return e;
}

std::string state_key(const Delegation& d, TimePoint now) {
  if (!d.ended_at.empty()) return "saraban.delegation.state.ended";
  if (d.in_force(now)) return "saraban.delegation.state.in_force";
  return d.starts_on > to_iso_date(bangkok_date(now)) ? "saraban.delegation.state.upcoming"
                                                      : "saraban.delegation.state.over";
}

Result<http::Response> render(http::Context& ctx, const FormValues& v, const Error* error) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  const TimePoint now = ctx.clock().now();
  const bool manager = ctx.principal.can(kManageDelegations);
  ctemplate::TemplateDictionary dict("delegations");
  dict.ShowSection(manager ? "ALL" : "MINE");
  if (error) {
    renderer.form_errors(
        ctx, *error, dict, [&](const std::string& f) { return t("saraban.delegation.field." + f); },
        kFormFields);
  }
  auto value = [&](const std::string& name) {
    const auto it = v.find(name);
    return it == v.end() ? std::string() : it->second;
  };
  auto field = [&](const std::string& name, html::FieldKind kind, const std::string& hint = {}) {
    html::Field f;
    f.kind = kind;
    f.name = name;
    f.label = t("saraban.delegation.field." + name);
    f.hint = hint;
    f.value = value(name);
    f.error = html::field_error(ctx, error, name);
    return html::field(ctx, f);
  };
  if (may_record(ctx.principal)) {
    auto* form = dict.AddSectionDictionary("FORM");
    if (manager) {
      form->SetValueAndShowSection(
          "PRINCIPAL_FIELD",
          field("principal", html::FieldKind::text, t("saraban.delegation.hint.principal")),
          "CAN_NAME_PRINCIPAL");
    }
    form->SetValue("DELEGATE_FIELD",
                   field("delegate", html::FieldKind::text, t("saraban.delegation.hint.delegate")));
    html::Field kind;
    kind.kind = html::FieldKind::radios;
    kind.name = "kind";
    kind.label = t("saraban.delegation.field.kind");
    kind.value = value("kind").empty() ? "on_behalf" : value("kind");
    for (const auto k : {DelegationKind::on_behalf, DelegationKind::acting}) {
      kind.choices.push_back({delegation_kind_name(k), delegation_kind_label(k).in(ctx.lang), {}});
    }
    form->SetValue("KIND_FIELD", html::field(ctx, kind));
    form->SetValue("STARTS_FIELD", field("starts_on", html::FieldKind::date));
    form->SetValue("ENDS_FIELD", field("ends_on", html::FieldKind::date));
    form->SetValue("ORDER_FIELD", field("order_reference", html::FieldKind::text,
                                        t("saraban.delegation.hint.order_reference")));
  }
  const auto list = list_delegations(ctx.db(), manager ? 0 : ctx.principal.id, kListLimit);
  if (list.empty()) {
    dict.SetValue("EMPTY", html::empty_state(ctx, {t("saraban.delegation.empty_title"),
                                                   t("saraban.delegation.empty_body"),
                                                   {},
                                                   {}}));
  } else {
    dict.ShowSection("HAS_ROWS");
  }
  for (const auto& d : list) {
    auto* row = dict.AddSectionDictionary("ROW");
    row->SetIntValue("ID", static_cast<int>(d.id));
    row->SetValue("PRINCIPAL", d.principal_name);
    row->SetValue("PRINCIPAL_POSITION", d.principal_position);
    row->SetValue("DELEGATE", d.delegate_name);
    row->SetValue("DELEGATE_POSITION", d.delegate_position);
    row->SetValue("KIND", delegation_kind_label(d.kind).in(ctx.lang));
    row->SetValue("FROM", shown_date(ctx, d.starts_on));
    row->SetValue("TO", shown_date(ctx, d.ends_on));
    row->SetValue("ORDER", d.order_reference);
    const std::string state = state_key(d, now);
    row->SetValue("STATE", html::status_tag(t(state), state == "saraban.delegation.state.in_force"
                                                          ? html::Tone::success
                                                          : html::Tone::info));
    if (!d.ended_at.empty()) {
      row->SetValueAndShowSection("ENDED", shown_time(ctx, d.ended_at), "HAS_ENDED");
    }
    const bool open = d.ended_at.empty() && d.ends_on >= to_iso_date(bangkok_date(now));
    if (open && may_end(ctx.principal, d)) row->ShowSection("CAN_END");
  }
  html::PageInfo info;
  info.title = t("saraban.delegations.title");
  info.section = "saraban_delegations";
  return renderer.page(ctx, info, "saraban/delegations", dict, error ? 400 : 200);
}

json::object delegation_json(const Delegation& d, TimePoint now) {
  return json::object{
      {"id", d.id},
      {"principal", json::object{{"user_id", d.principal_id},
                                 {"name", d.principal_name},
                                 {"position", d.principal_position}}},
      {"delegate", json::object{{"user_id", d.delegate_id},
                                {"name", d.delegate_name},
                                {"position", d.delegate_position}}},
      {"kind", delegation_kind_name(d.kind)},
      {"starts_on", d.starts_on},
      {"ends_on", d.ends_on},
      {"order_reference", d.order_reference},
      {"recorded_at", d.recorded_at},
      {"recorded_by", d.recorded_by},
      {"ended_at", d.ended_at.empty() ? json::value(nullptr) : json::value(d.ended_at)},
      {"in_force", d.in_force(now)}};
}

Error bad_reference() {
  return Error::not_found({"ไม่พบการมอบหมายนี้", "There is no such delegation"});
}

}  // namespace

Result<http::Response> delegations_page(http::Context& ctx) {
  return render(ctx, {}, nullptr);
}

Result<http::Response> record_delegation_form(http::Context& ctx) {
  if (!may_record(ctx.principal)) return not_allowed();
  const FormValues v = read_form(ctx.request);
  auto value = [&](const char* k) {
    const auto it = v.find(k);
    return it == v.end() ? std::string() : it->second;
  };
  FieldErrors form;
  NewDelegation d = new_delegation(ctx, value("principal"), value("delegate"), form);
  d.kind = parse_delegation_kind(value("kind")).value_or(DelegationKind::on_behalf);
  d.starts_on = read_date(v, "starts_on", form);
  d.ends_on = read_date(v, "ends_on", form);
  d.order_reference = value("order_reference");
  if (d.delegate_id < 0) d.delegate_id = 0;
  auto done = record_delegation(ctx.db(), ctx.clock().now(), person_of(ctx), d);
  if (!form.empty() || !done.ok()) {
    const Error e = done.ok() ? form.to_error() : merged(form, done.error());
    if (e.fields.empty()) return e;
    return render(ctx, v, &e);
  }
  return html::redirect_with_flash("/saraban/delegations", "saraban.flash.delegation_recorded");
}

Result<http::Response> end_delegation_form(http::Context& ctx) {
  const auto id = positive_id(ctx.request.path_param("id"));
  const auto d = id ? find_delegation(ctx.db(), *id) : std::nullopt;
  if (!d) return bad_reference();
  if (!may_end(ctx.principal, *d)) return not_allowed();
  const FormValues v = read_form(ctx.request);
  const auto reason = v.find("reason");
  auto done = end_delegation(ctx.db(), ctx.clock().now(), person_of(ctx), *id,
                             reason == v.end() ? std::string() : reason->second);
  if (!done.ok()) return done.error();
  return html::redirect_with_flash("/saraban/delegations", "saraban.flash.delegation_ended");
}

Result<http::Response> list_delegations_json(http::Context& ctx) {
  const bool manager = ctx.principal.can(kManageDelegations);
  json::array items;
  for (const auto& d : list_delegations(ctx.db(), manager ? 0 : ctx.principal.id, kListLimit)) {
    items.push_back(delegation_json(d, ctx.clock().now()));
  }
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

Result<http::Response> record_delegation_json(http::Context& ctx) {
  if (!may_record(ctx.principal)) return not_allowed();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const std::string principal = in->text("principal", {.max_chars = 64});
  const std::string delegate = in->text("delegate", {.required = true, .max_chars = 64});
  const std::string kind = in->text("kind", {.max_chars = 20});
  FieldErrors form;
  NewDelegation d = new_delegation(ctx, principal, delegate, form);
  if (!kind.empty()) {
    if (const auto k = parse_delegation_kind(kind)) {
      d.kind = *k;
    } else {
      in->reject("kind", {"ต้องเป็น on_behalf หรือ acting", "must be on_behalf or acting"});
    }
  }
  d.starts_on = date_field(*in, "starts_on");
  d.ends_on = date_field(*in, "ends_on");
  d.order_reference = in->text("order_reference", {.max_chars = 200});
  for (const auto& [field, why] : form.to_error().fields) {
    if (!in->has_error(field)) in->reject(field, why);
  }
  if (d.delegate_id < 0) d.delegate_id = 0;
  if (!in->has_error("starts_on") && !d.starts_on)
    in->reject("starts_on", {"กรุณากรอก", "is required"});
  if (!in->has_error("ends_on") && !d.ends_on) in->reject("ends_on", {"กรุณากรอก", "is required"});
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  if (ctx.principal.kind != auth::PrincipalKind::user && d.principal_id == ctx.principal.id &&
      http::trim(principal).empty()) {
    // A token is nobody's superior: it must name whom it records for.
    FieldErrors e;
    e.add("principal", {"กรุณากรอก", "is required"});
    return e.to_error();
  }
  auto done = record_delegation(ctx.db(), ctx.clock().now(), person_of(ctx), d);
  if (!done.ok()) return done.error();
  return http::Response::json(201, delegation_json(*done, ctx.clock().now()));
}

Result<http::Response> end_delegation_json(http::Context& ctx) {
  const auto id = positive_id(ctx.request.path_param("id"));
  const auto d = id ? find_delegation(ctx.db(), *id) : std::nullopt;
  if (!d) return bad_reference();
  if (!may_end(ctx.principal, *d)) return not_allowed();
  std::string reason;
  if (!ctx.request.body.empty()) {
    auto in = http::JsonInput::parse(ctx.request);
    if (!in.ok()) return in.error();
    reason = in->text("reason", {.max_chars = 500});
    if (auto bad = in->finish(); !bad.ok()) return bad.error();
  }
  auto done = end_delegation(ctx.db(), ctx.clock().now(), person_of(ctx), *id, reason);
  if (!done.ok()) return done.error();
  return http::Response::json(200, delegation_json(*done, ctx.clock().now()));
}

json::value delegation_schema() {
  return json::parse(R"js({"type":"object","properties":{
      "id":{"type":"integer"},
      "principal":{"type":"object","description":"A, who is away","properties":{"user_id":{"type":"integer"},"name":{"type":"string"},"position":{"type":"string"}}},
      "delegate":{"type":"object","description":"B, who acts for A","properties":{"user_id":{"type":"integer"},"name":{"type":"string"},"position":{"type":"string"}}},
      "kind":{"type":"string","enum":["on_behalf","acting"],"description":"ปฏิบัติราชการแทน or รักษาราชการแทน"},
      "starts_on":{"type":"string","format":"date","description":"First Bangkok day, inclusive"},
      "ends_on":{"type":"string","format":"date","description":"Last Bangkok day, inclusive"},
      "order_reference":{"type":"string","description":"คำสั่งที่ …"},
      "recorded_at":{"type":"string","format":"date-time"},"recorded_by":{"type":"string"},
      "ended_at":{"type":["string","null"],"format":"date-time","description":"When it was ended early"},
      "in_force":{"type":"boolean","description":"At the time of the request"}}})js");
}

void add_delegations(Registry& registry) {
  auto& routes = registry.routes();
  const json::value error_ref = json::object{{"$ref", "#/components/schemas/Error"}};
  routes.get("/api/v1/saraban/delegations")
      .permission(kView)
      .tag("saraban")
      .summary(
          "Delegations (ปฏิบัติราชการแทน / รักษาราชการแทน) I gave or received, newest first "
          "(everyone's for an administrator)")
      .response(
          200, "The delegations",
          json::object{{"type", "object"},
                       {"properties",
                        json::object{{"items", json::object{{"type", "array"},
                                                            {"items", delegation_schema()}}}}}})
      .handle(list_delegations_json);
  routes.post("/api/v1/saraban/delegations")
      .permission(kView)
      .tag("saraban")
      .summary(
          "Record that B acts for A in e-Saraban approvals and signing from one Bangkok day to "
          "another: a head for themselves, an administrator for anyone. Not to oneself, and "
          "never overlapping another of A's")
      .body_limit(8 * 1024)
      .request_body(json::parse(R"js({"type":"object","required":["delegate","starts_on","ends_on"],
          "properties":{
          "principal":{"type":"string","description":"A's username (administrators only; default: me)"},
          "delegate":{"type":"string","description":"B's username"},
          "kind":{"type":"string","enum":["on_behalf","acting"]},
          "starts_on":{"type":"string","format":"date"},
          "ends_on":{"type":"string","format":"date"},
          "order_reference":{"type":"string","maxLength":200}}})js"))
      .response(201, "The delegation as recorded", delegation_schema())
      .response(400, "A bad field; `fields` names it", error_ref)
      .response(403, "Needs saraban.approve (for oneself) or saraban.delegation.manage", error_ref)
      .response(409, "It overlaps another delegation of the same person", error_ref)
      .handle(record_delegation_json);
  routes.post("/api/v1/saraban/delegations/{id}/end")
      .permission(kView)
      .tag("saraban")
      .summary("End a delegation now, before its last day (kept, marked ended; never deleted)")
      .path_param("id", "integer", "The delegation's id")
      .body_limit(4 * 1024)
      .request_body(json::parse(
          R"js({"type":"object","properties":{"reason":{"type":"string","maxLength":500}}})js"))
      .response(200, "The delegation, ended", delegation_schema())
      .response(403, "Only the person who delegated, or an administrator", error_ref)
      .response(404, "No such delegation", error_ref)
      .response(409, "Already ended", error_ref)
      .handle(end_delegation_json);
  routes.get("/saraban/delegations").permission(kView).handle(delegations_page);
  routes.post("/saraban/delegations")
      .permission(kView)
      .body_limit(16 * 1024)
      .handle(record_delegation_form);
  routes.post("/saraban/delegations/{id}/end")
      .permission(kView)
      .body_limit(4 * 1024)
      .handle(end_delegation_form);
}

}  // namespace pao::saraban

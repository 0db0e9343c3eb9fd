// Retention and destruction on the JSON API and the pages, and the yearly job that proposes the
// list in January.
#include "platform/html/ctemplate.hpp"

#include <boost/json.hpp>
#include <charconv>

#include "modules/saraban/numbering.hpp"
#include "modules/saraban/page_kit.hpp"
#include "modules/saraban/retention.hpp"
#include "modules/saraban/routes.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"

namespace pao::saraban {

namespace json = boost::json;

namespace {

std::optional<std::int64_t> id_of(const std::string& s) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size() || n <= 0) return std::nullopt;
  return n;
}

json::object list_json(const DestructionList& l, bool with_items) {
  json::object o{
      {"id", l.id},
      {"year_ended", l.year_ended},
      {"status", l.status},
      {"proposed_at", l.proposed_at},
      {"proposed_by", l.proposed_by},
      {"committee", l.committee},
      {"archives_reference", l.archives_reference},
      {"approved_at", l.approved_at.empty() ? json::value(nullptr) : json::value(l.approved_at)},
      {"approved_by", l.approved_by}};
  if (with_items) {
    json::array items;
    for (const auto& i : l.items) {
      items.push_back(json::object{{"letter_id", i.letter_id},
                                   {"register", i.register_code},
                                   {"year", i.year},
                                   {"register_no", i.register_no},
                                   {"reference", i.reference},
                                   {"dated", i.dated},
                                   {"subject", i.subject},
                                   {"retention_years", i.retention_years}});
    }
    o["items"] = std::move(items);
  }
  return o;
}

Error no_such_list() {
  return Error::not_found({"ไม่พบบัญชีนี้", "There is no such list"});
}

}  // namespace

Result<http::Response> list_destruction_json(http::Context& ctx) {
  json::array items;
  for (const auto& l : list_destruction_lists(ctx.db())) items.push_back(list_json(l, false));
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

Result<http::Response> get_destruction_json(http::Context& ctx) {
  const auto id = id_of(ctx.request.path_param("id"));
  const auto l = id ? find_destruction_list(ctx.db(), *id) : std::nullopt;
  if (!l) return no_such_list();
  return http::Response::json(200, list_json(*l, true));
}

Result<http::Response> propose_destruction_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const auto year = in->integer("year_ended", 1900, 2400, true);
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto l = propose_destruction_list(ctx.db(), ctx.clock().now(), person_of(ctx),
                                    static_cast<int>(*year));
  if (!l.ok()) return l.error();
  return http::Response::json(201, list_json(*l, true));
}

Result<http::Response> approve_destruction_json(http::Context& ctx) {
  const auto id = id_of(ctx.request.path_param("id"));
  if (!id) return no_such_list();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  DestructionApproval a;
  a.chair = in->text("chair", {.required = true, .max_chars = 200});
  a.members = in->text_list("members", 20, 200);
  a.archives_reference = in->text("archives_reference", {.required = true, .max_chars = 200});
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto l = approve_destruction(ctx.db(), ctx.clock().now(), person_of(ctx), *id, a);
  if (!l.ok()) return l.error();
  return http::Response::json(200, list_json(*l, true));
}

Result<http::Response> destruction_page(http::Context& ctx) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  ctemplate::TemplateDictionary dict("destruction");
  const std::optional<std::int64_t> id =
      ctx.request.path_param("id").empty() ? std::nullopt : id_of(ctx.request.path_param("id"));
  if (!ctx.request.path_param("id").empty()) {
    const auto l = id ? find_destruction_list(ctx.db(), *id) : std::nullopt;
    if (!l) return no_such_list();
    auto* one = dict.AddSectionDictionary("ONE");
    one->SetIntValue("ID", static_cast<int>(l->id));
    one->SetIntValue("YEAR_BE", l->year_ended + kBuddhistEraOffset);
    one->SetValue("STATUS_TAG", html::status_tag(t("saraban.destruction." + l->status),
                                                 l->status == "approved" ? html::Tone::success
                                                                         : html::Tone::warning));
    if (!l->committee.empty()) {
      one->SetValueAndShowSection("COMMITTEE", l->committee, "APPROVED");
      one->SetValue("ARCHIVES", l->archives_reference);
      one->SetValue("APPROVED_AT", shown_time(ctx, l->approved_at));
    }
    for (const auto& i : l->items) {
      auto* row = one->AddSectionDictionary("ITEM");
      row->SetValue(
          "NO", std::to_string(i.register_no) + "/" + std::to_string(i.year + kBuddhistEraOffset));
      row->SetValue("REFERENCE", i.reference);
      row->SetValue("DATED", shown_date(ctx, i.dated));
      row->SetValue("SUBJECT", i.subject);
      row->SetIntValue("RETENTION", i.retention_years);
    }
    if (l->status == "proposed" && ctx.principal.can(kDestroy)) one->ShowSection("CAN_APPROVE");
  } else {
    auto* all = dict.AddSectionDictionary("ALL");
    for (const auto& l : list_destruction_lists(ctx.db())) {
      auto* row = all->AddSectionDictionary("LIST");
      row->SetIntValue("ID", static_cast<int>(l.id));
      row->SetIntValue("YEAR_BE", l.year_ended + kBuddhistEraOffset);
      row->SetValue("STATUS", t("saraban.destruction." + l.status));
    }
    if (ctx.principal.can(kRegister)) {
      all->ShowSection("CAN_PROPOSE");
      all->SetIntValue("LAST_YEAR", register_year(ctx.clock().now()) - 1);
      all->SetIntValue("LAST_YEAR_BE", register_year(ctx.clock().now()) - 1 + kBuddhistEraOffset);
    }
  }
  html::PageInfo info;
  info.title = t("saraban.destruction.title");
  info.section = "saraban_destruction";
  return renderer.page(ctx, info, "saraban/destruction", dict);
}

Result<http::Response> propose_destruction_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  const int year = read_year(v, 0);
  auto l = propose_destruction_list(ctx.db(), ctx.clock().now(), person_of(ctx), year);
  if (!l.ok()) return l.error();
  return http::Response::redirect("/saraban/destruction/" + std::to_string(l->id));
}

Result<http::Response> approve_destruction_form(http::Context& ctx) {
  const auto id = id_of(ctx.request.path_param("id"));
  if (!id) return no_such_list();
  const FormValues v = read_form(ctx.request);
  auto value = [&](const char* k) {
    const auto it = v.find(k);
    return it == v.end() ? std::string() : it->second;
  };
  DestructionApproval a;
  a.chair = value("chair");
  for (const char* m : {"member1", "member2", "member3"}) a.members.push_back(value(m));
  a.archives_reference = value("archives_reference");
  auto l = approve_destruction(ctx.db(), ctx.clock().now(), person_of(ctx), *id, a);
  if (!l.ok()) return l.error();
  return html::redirect_with_flash("/saraban/destruction/" + std::to_string(*id),
                                   "saraban.flash.destroyed");
}

Status propose_last_years_list(jobs::JobContext& job) {
  const Date today = bangkok_date(job.now);
  // The regulation gives 60 days after the year ends; propose from 2 January until it exists.
  if (today.month > 3 || (today.month == 1 && today.day < 2)) {
    job.summary = "not the season";
    return ok_status();
  }
  Person system;
  system.actor = job.actor;
  system.name = job.actor.name;
  auto l = propose_destruction_list(job.conn, job.now, system, today.year - 1);
  if (!l.ok() && l.error().code != ErrorCode::conflict) return l.error();
  job.summary = l.ok() ? std::to_string(l->items.size()) + " letters proposed" : "list exists";
  return ok_status();
}

Status cancel_stale_reservations(jobs::JobContext& job) {
  Person system;
  system.actor = job.actor;
  system.name = job.actor.name;
  const int n = cancel_last_years_reservations(job.conn, job.now, system);
  job.summary = std::to_string(n) + " reservations of past years cancelled";
  return ok_status();
}

}  // namespace pao::saraban

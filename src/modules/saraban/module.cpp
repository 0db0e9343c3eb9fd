#include "modules/saraban/module.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "modules/saraban/job_history.hpp"
#include "modules/saraban/letter_search.hpp"
#include "modules/saraban/official_emblem.hpp"
#include "modules/saraban/routes.hpp"
#include "modules/saraban/routes_division.hpp"
#include "platform/registry/registry.hpp"

namespace pao::saraban {

namespace {

boost::json::value error_schema_ref() {
  return boost::json::object{{"$ref", "#/components/schemas/Error"}};
}

// A job's history is append-only (job.hpp): the database itself refuses to change or remove a
// step, whatever code runs against it.
void make_history_append_only(db::Connection& conn) {
  if (conn.dialect() == db::Dialect::sqlite) {
    conn.exec_script(
        "CREATE TRIGGER saraban_action_no_update BEFORE UPDATE ON saraban_action "
        "BEGIN SELECT RAISE(ABORT, 'saraban_action is append-only'); END;\n"
        "CREATE TRIGGER saraban_action_no_delete BEFORE DELETE ON saraban_action "
        "BEGIN SELECT RAISE(ABORT, 'saraban_action is append-only'); END;");
  } else {
    conn.exec_script(
        "CREATE FUNCTION saraban_action_refuse_change() RETURNS trigger LANGUAGE plpgsql AS "
        "'BEGIN RAISE EXCEPTION ''saraban_action is append-only''; END';\n"
        "CREATE TRIGGER saraban_action_no_change BEFORE UPDATE OR DELETE ON saraban_action "
        "FOR EACH ROW EXECUTE FUNCTION saraban_action_refuse_change();");
  }
}

void add_api(http::Router& routes) {
  routes.post("/api/v1/saraban/incoming")
      .permission(kRegister)
      .tag("saraban")
      .summary(
          "Register an incoming letter: it gets the next number of the year's incoming "
          "register, the receipt date and time, and a job")
      .body_limit(64 * 1024)
      .request_body(incoming_letter_schema())
      .response(201, "The letter as registered", letter_schema())
      .response(400, "A bad field; `fields` names it", error_schema_ref())
      .handle(register_incoming_json);
  routes.get("/api/v1/saraban/incoming")
      .permission(kView)
      .tag("saraban")
      .summary(
          "The incoming register of a year, most urgent first, then newest number first "
          "(secret letters without their subject for people not named on them)")
      .query_param("year", "integer", "C.E. calendar year (default: this year in Bangkok)")
      .query_param("from", "string", "First day received (2026-11-01), inclusive")
      .query_param("to", "string", "Last day received, inclusive")
      .query_param("limit", "integer", "Letters per page, 1–500 (default 100)")
      .query_param("cursor", "string", "next_cursor of the previous page")
      .response(200, "One page of the register", letters_schema())
      .response(400, "A bad year, date, limit or cursor; `fields` names it", error_schema_ref())
      .handle(list_incoming_json);
  routes.post("/api/v1/saraban/outgoing")
      .permission(kRegister)
      .tag("saraban")
      .summary(
          "Issue an outgoing letter: the register's next number (or a reserved one), its ที่ "
          "in the configured format, and its PDF in the official layout kept as its file")
      .body_limit(64 * 1024)
      .request_body(outgoing_letter_schema())
      .response(201, "The letter as registered, with file_url and file_sha256", letter_schema())
      .response(400, "A bad field; `fields` names it", error_schema_ref())
      .response(409, "reserved_no is not a reserved number of this year", error_schema_ref())
      .handle(issue_outgoing_json);
  routes.get("/api/v1/saraban/outgoing")
      .permission(kView)
      .tag("saraban")
      .summary(
          "An outgoing register of a year (outgoing, circular, order or announcement), most "
          "urgent first, then newest number first")
      .query_param("register", "string", "outgoing (default), circular, order or announcement")
      .query_param("year", "integer", "C.E. calendar year (default: this year in Bangkok)")
      .query_param("from", "string", "First day registered (2026-11-01), inclusive")
      .query_param("to", "string", "Last day registered, inclusive")
      .query_param("limit", "integer", "Letters per page, 1–500 (default 100)")
      .query_param("cursor", "string", "next_cursor of the previous page")
      .response(200, "One page of the register", letters_schema())
      .response(400, "A bad register, year, date, limit or cursor", error_schema_ref())
      .handle(list_outgoing_json);
  routes.get("/api/v1/saraban/letters/{id}")
      .permission(kView)
      .tag("saraban")
      .summary(
          "One letter (a secret one's subject only for people named on its job; their "
          "reads are logged)")
      .path_param("id", "integer", "The letter's id")
      .response(200, "The letter", letter_schema())
      .response(404, "No such letter", error_schema_ref())
      .handle(get_letter_json);
  routes.post("/api/v1/saraban/numbers")
      .permission(kRegister)
      .tag("saraban")
      .summary("Reserve (จองเลข) the next number of a register for a letter still being written")
      .body_limit(16 * 1024)
      .request_body(reserve_schema())
      .response(201, "The reserved number", number_schema())
      .response(404, "No such register", error_schema_ref())
      .handle(reserve_number_json);
  routes.post("/api/v1/saraban/numbers/cancel")
      .permission(kRegister)
      .tag("saraban")
      .summary(
          "Cancel a reserved number that will not be used (it stays in the register, "
          "marked cancelled, and is never given out again)")
      .body_limit(16 * 1024)
      .request_body(boost::json::parse(R"({"type":"object",
          "required":["register","year","number","reason"],"properties":{
          "register":{"type":"string"},"year":{"type":"integer"},"number":{"type":"integer"},
          "reason":{"type":"string","maxLength":500}}})"))
      .response(200, "The cancelled number", number_schema())
      .response(404, "No such number", error_schema_ref())
      .response(409, "The number is used by a letter or already cancelled", error_schema_ref())
      .handle(cancel_number_json);
  routes.get("/api/v1/saraban/numbers")
      .permission(kView)
      .tag("saraban")
      .summary("Every number a register gave out in a year: used, reserved or cancelled")
      .query_param("register", "string", "The register (default outgoing)")
      .query_param("year", "integer", "C.E. calendar year (default: this year in Bangkok)")
      .response(200, "The numbers in order", numbers_schema())
      .response(400, "A bad register or year", error_schema_ref())
      .handle(list_numbers_json);
  routes.get("/api/v1/saraban/jobs/{id}")
      .permission(kView)
      .tag("saraban")
      .summary(
          "A job with its letters and its history (person, position, time of each step); "
          "a secret job's title and notes only for people named on it")
      .path_param("id", "integer", "The job's id")
      .response(200, "The job", job_schema())
      .response(404, "No such job", error_schema_ref())
      .handle(get_job_json);
  routes.post("/api/v1/saraban/jobs/{id}/steps")
      .permission(kView)
      .tag("saraban")
      .summary(
          "Take a step on a job: forward, route, comment, acknowledge, approve, return, sign "
          "(appended to its history; nothing is ever edited)")
      .path_param("id", "integer", "The job's id")
      .body_limit(32 * 1024)
      .request_body(new_step_schema())
      .response(201, "The step as recorded", step_schema())
      .response(400, "A bad field; `fields` names it", error_schema_ref())
      .response(403, "The step needs saraban.forward or saraban.approve", error_schema_ref())
      .response(404, "No such job (or a secret one the caller is not named on)", error_schema_ref())
      .handle(take_step_json);
  routes.get("/api/v1/saraban/inbox")
      .permission(kView)
      .tag("saraban")
      .summary("My open jobs, the ones due soonest first, with whether each is overdue")
      .response(200, "My jobs", inbox_schema())
      .handle(inbox_json);
}

void add_retention(Registry& registry) {
  auto& routes = registry.routes();
  routes.get("/api/v1/saraban/destruction-lists")
      .permission(kView)
      .tag("saraban")
      .summary("The destruction lists (บัญชีหนังสือขอทำลาย), newest year first")
      .response(200, "The lists, without their lines")
      .handle(list_destruction_json);
  routes.post("/api/v1/saraban/destruction-lists")
      .permission(kRegister)
      .tag("saraban")
      .summary("Propose the list of letters whose retention ran out by the end of a year")
      .body_limit(4 * 1024)
      .request_body(boost::json::parse(
          R"js({"type":"object","required":["year_ended"],"properties":{"year_ended":{"type":"integer"}}})js"))
      .response(201, "The proposed list with its lines")
      .response(400, "A year that has not ended", error_schema_ref())
      .response(409, "That year's list exists", error_schema_ref())
      .handle(propose_destruction_json);
  routes.get("/api/v1/saraban/destruction-lists/{id}")
      .permission(kView)
      .tag("saraban")
      .summary("A destruction list with its lines: what was (or will be) destroyed")
      .path_param("id", "integer", "The list's id")
      .response(200, "The list")
      .response(404, "No such list", error_schema_ref())
      .handle(get_destruction_json);
  routes.post("/api/v1/saraban/destruction-lists/{id}/approve")
      .permission(kDestroy)
      .tag("saraban")
      .summary(
          "Approve destruction (committee of a chair and two or more members; the National "
          "Archives' agreement): the letters are marked destroyed and their files detached")
      .path_param("id", "integer", "The list's id")
      .body_limit(8 * 1024)
      .request_body(boost::json::parse(R"js({"type":"object",
          "required":["chair","members","archives_reference"],"properties":{
          "chair":{"type":"string"},"members":{"type":"array","items":{"type":"string"}},
          "archives_reference":{"type":"string"}}})js"))
      .response(200, "The approved list")
      .response(400, "Missing committee or agreement; `fields` names it", error_schema_ref())
      .response(409, "Already approved", error_schema_ref())
      .handle(approve_destruction_json);
  routes.get("/saraban/destruction").permission(kView).handle(destruction_page);
  routes.get("/saraban/destruction/{id}").permission(kView).handle(destruction_page);
  routes.post("/saraban/destruction")
      .permission(kRegister)
      .body_limit(4 * 1024)
      .handle(propose_destruction_form);
  routes.post("/saraban/destruction/{id}/approve")
      .permission(kDestroy)
      .body_limit(8 * 1024)
      .handle(approve_destruction_form);
  registry.add_job({.name = "saraban.destruction.propose",
                    .schedule = "every day 06:00",
                    .handler = propose_last_years_list});
  registry.add_job({.name = "saraban.numbers.cancel_stale",
                    .schedule = "every day 00:05",
                    .handler = cancel_stale_reservations});
}

void add_mail(Registry& registry) {
  registry.routes()
      .post("/api/v1/saraban/mail")
      .permission(kIntake)
      .tag("saraban")
      .summary(
          "Hand in one e-mail (message/rfc822) sent to the agency's central address: it "
          "becomes a draft incoming registration with its attachments (for the mail "
          "server's pipe or relay, with an API token holding saraban.intake)")
      .body_limit(31 << 20)
      .response(201, "The draft")
      .response(400, "Not an e-mail", error_schema_ref())
      .response(409, "This Message-ID was handed in before", error_schema_ref())
      .handle(take_mail_json);
  registry.routes().get("/saraban/mail").permission(kRegister).handle(mail_page);
  registry.add_file_owner("saraban", "mail", [](http::Context& ctx, const std::string&) {
    return ctx.principal.can(kRegister);
  });
}

void add_pages(http::Router& routes) {
  routes.get("/saraban/incoming").permission(kView).handle(incoming_register_page);
  routes.get("/saraban/incoming/new").permission(kRegister).handle(incoming_form_page);
  routes.post("/saraban/incoming")
      .permission(kRegister)
      .body_limit(26 << 20)
      .handle(register_incoming_form);
  routes.get("/saraban/inbox").permission(kView).handle(inbox_page);
  routes.get("/saraban/overdue").permission(kApprove).handle(overdue_page);
  routes.get("/saraban/outgoing").permission(kView).handle(outgoing_register_page);
  routes.get("/saraban/outgoing/new").permission(kRegister).handle(outgoing_form_page);
  routes.post("/saraban/outgoing")
      .permission(kRegister)
      .body_limit(128 * 1024)
      .handle(issue_outgoing_form);
  routes.get("/saraban/numbers").permission(kView).handle(numbers_page);
  routes.post("/saraban/numbers")
      .permission(kRegister)
      .body_limit(16 * 1024)
      .handle(reserve_number_form);
  routes.post("/saraban/numbers/cancel")
      .permission(kRegister)
      .body_limit(16 * 1024)
      .handle(cancel_number_form);
  routes.get("/saraban/registers/{code}/pdf")
      .permission(kView)
      .kind(http::RouteKind::other)
      .handle(register_pdf_download);
  routes.get("/saraban/registers/{code}/xlsx")
      .permission(kView)
      .kind(http::RouteKind::other)
      .handle(register_xlsx_download);
  routes.get("/saraban/jobs/{id}").permission(kView).handle(job_page);
  routes.post("/saraban/jobs/{id}/steps")
      .permission(kView)
      .body_limit(64 * 1024)
      .handle(take_step_form);
}

void add_templates_and_settings(Registry& registry) {
  auto& routes = registry.routes();
  routes.get("/api/v1/saraban/templates")
      .permission(kView)
      .tag("saraban")
      .summary("The letter templates (แบบฟอร์มหนังสือ) by name; ?archived=true adds archived ones")
      .query_param("archived", "boolean", "true: archived templates too")
      .response(200, "The templates", letter_templates_schema())
      .handle(list_templates_json);
  routes.post("/api/v1/saraban/templates")
      .permission(kTemplates)
      .tag("saraban")
      .summary(
          "Add a letter template; its texts may use the placeholders {{เรื่องเดิม}} {{ที่เดิม}} "
          "{{ลงวันที่เดิม}} {{จาก}} {{ผู้ลงนาม}} {{ตำแหน่ง}} {{วันที่}} (any other is refused, named)")
      .body_limit(64 * 1024)
      .request_body(new_letter_template_schema())
      .response(201, "The template", letter_template_schema())
      .response(400, "A bad field or an unknown placeholder; `fields` names it", error_schema_ref())
      .handle(create_template_json);
  routes.get("/api/v1/saraban/templates/{id}")
      .permission(kView)
      .tag("saraban")
      .summary("One letter template")
      .path_param("id", "integer", "The template's id")
      .response(200, "The template", letter_template_schema())
      .response(404, "No such template", error_schema_ref())
      .handle(get_template_json);
  routes.put("/api/v1/saraban/templates/{id}")
      .permission(kTemplates)
      .tag("saraban")
      .summary(
          "Write the next version of a letter template (the audit trail keeps the texts "
          "before and after)")
      .path_param("id", "integer", "The template's id")
      .body_limit(64 * 1024)
      .request_body(new_letter_template_schema())
      .response(200, "The template", letter_template_schema())
      .response(400, "A bad field or an unknown placeholder; `fields` names it", error_schema_ref())
      .response(404, "No such template", error_schema_ref())
      .handle(update_template_json);
  routes.del("/api/v1/saraban/templates/{id}")
      .permission(kTemplates)
      .tag("saraban")
      .summary("Archive a letter template: kept, no longer offered for drafting")
      .path_param("id", "integer", "The template's id")
      .response(200, "The archived template", letter_template_schema())
      .response(404, "No such template", error_schema_ref())
      .handle(archive_template_json);
  routes.post("/api/v1/saraban/templates/{id}/render")
      .permission(kView)
      .tag("saraban")
      .summary(
          "Fill a template for the caller: from the job's first incoming letter (subject, ที่, "
          "date in B.E., sender), the caller's name and position, today's date in B.E.")
      .path_param("id", "integer", "The template's id")
      .query_param("job", "integer", "The job answered (optional)")
      .body_limit(1024)
      .response(200, "The outgoing letter's fields, filled", draft_letter_schema())
      .response(404, "No such template, or a job the caller may not see", error_schema_ref())
      .handle(render_template_json);
  routes.get("/api/v1/saraban/settings")
      .permission(kSettings)
      .tag("saraban")
      .summary(
          "The numbering settings: the agency code and each register's reference format with "
          "the ที่ its next number would get")
      .response(200, "The settings", numbering_settings_schema())
      .handle(get_settings_json);
  routes.put("/api/v1/saraban/settings")
      .permission(kSettings)
      .tag("saraban")
      .summary(
          "Change the agency code and reference formats ({no} required; only {agency} and {no}); "
          "numbers given out before keep their ที่")
      .body_limit(16 * 1024)
      .request_body(numbering_change_schema())
      .response(200, "The settings", numbering_settings_schema())
      .response(400, "A bad field; `fields` names it (formats.<register>)", error_schema_ref())
      .handle(put_settings_json);

  routes.get("/saraban/templates").permission(kTemplates).handle(templates_page);
  routes.get("/saraban/templates/new").permission(kTemplates).handle(template_form_page);
  routes.get("/saraban/templates/{id}").permission(kTemplates).handle(template_form_page);
  routes.post("/saraban/templates")
      .permission(kTemplates)
      .body_limit(64 * 1024)
      .handle(save_template_form);
  routes.post("/saraban/templates/{id}")
      .permission(kTemplates)
      .body_limit(64 * 1024)
      .handle(save_template_form);
  routes.post("/saraban/templates/{id}/archive")
      .permission(kTemplates)
      .body_limit(4 * 1024)
      .handle(archive_template_form);
  routes.get("/saraban/jobs/{id}/draft").permission(kView).handle(draft_page);
  routes.post("/saraban/jobs/{id}/reply")
      .permission(kView)
      .body_limit(128 * 1024)
      .handle(reply_form);
  routes.get("/saraban/settings").permission(kSettings).handle(settings_page);
  routes.post("/saraban/settings")
      .permission(kSettings)
      .body_limit(16 * 1024)
      .handle(save_settings_form);
  registry.add_menu({"saraban_templates", "saraban.templates.title", "/saraban/templates",
                     kTemplates, 27, "saraban"});
  registry.add_menu({"saraban_settings", "saraban.settings.title", "/saraban/settings", kSettings,
                     28, "saraban"});
}

}  // namespace

void register_saraban_module(Registry& registry) {
  load_official_emblem();
  registry.add_sql_migrations("saraban");
  registry.add_migration_step("saraban", 2, "append_only_history", make_history_append_only);

  registry.add_permission(kView, {"ดูทะเบียนหนังสือและเรื่อง", "See the letter registers and jobs"},
                          {"executive", "division_head", "clerk", "staff"});
  registry.add_permission(kRegister,
                          {"ลงทะเบียนหนังสือรับ-ส่ง และจองเลข", "Register letters and reserve numbers"},
                          {"clerk"});
  registry.add_permission(kForward, {"ส่งต่อและมอบหมายเรื่อง", "Forward and route jobs"},
                          {"clerk", "division_head", "executive"});
  registry.add_permission(kDestroy, {"อนุมัติการทำลายหนังสือ", "Approve the destruction of letters"},
                          {"executive"});
  registry.add_permission(
      kIntake,
      {"ส่งอีเมลเข้าระบบสารบรรณ (เครื่องแม่ข่ายอีเมล)", "Hand e-mails to e-Saraban (the mail server)"}, {});
  registry.add_permission(kApprove, {"สั่งการ อนุมัติ ส่งคืน และลงนาม", "Approve, return and sign"},
                          {"division_head", "executive"});

  add_api(registry.routes());
  add_pages(registry.routes());
  add_retention(registry);
  add_mail(registry);
  add_division_register(registry);
  add_delegations(registry);
  registry.add_permission(
      kManageDelegations,
      {"บันทึกและยุติการมอบหมายปฏิบัติราชการแทนของทุกคน", "Record and end anyone's delegations"}, {});
  registry.add_permission(kTemplates, {"เขียนแบบฟอร์มหนังสือ", "Write letter templates"}, {"clerk"});
  registry.add_permission(
      kSettings, {"ตั้งค่ารหัสส่วนราชการและรูปแบบเลขที่หนังสือ", "Set the agency code and reference formats"},
      {});
  add_templates_and_settings(registry);

  registry.add_search_source(
      {kLetterSearchKind, {"หนังสือราชการ (สารบรรณ)", "Official letters"}, index_all_letters});
  // One group: "สารบรรณ" in the main menu, these as its tabs (each for those who may open it).
  registry.add_menu(
      {"saraban", "saraban.inbox.title", "/saraban/inbox", kView, 20, "saraban", "saraban.menu"});
  registry.add_menu(
      {"saraban_incoming", "saraban.incoming.title", "/saraban/incoming", kView, 21, "saraban"});
  registry.add_menu(
      {"saraban_outgoing", "saraban.outgoing.title", "/saraban/outgoing", kView, 22, "saraban"});
  registry.add_menu(
      {"saraban_numbers", "saraban.numbers.title", "/saraban/numbers", kView, 23, "saraban"});
  registry.add_menu(
      {"saraban_overdue", "saraban.overdue.title", "/saraban/overdue", kApprove, 24, "saraban"});
  registry.add_menu({"saraban_destruction", "saraban.destruction.title", "/saraban/destruction",
                     kView, 25, "saraban"});
  registry.add_menu(
      {"saraban_mail", "saraban.mail.title", "/saraban/mail", kRegister, 26, "saraban"});
  registry.add_menu({"saraban_division", "saraban.division_register.title",
                     "/saraban/division-register", kView, 27, "saraban"});
  registry.add_menu({"saraban_delegations", "saraban.delegations.title", "/saraban/delegations",
                     kView, 28, "saraban"});

  registry.add_file_owner("saraban", "letter", [](http::Context& ctx, const std::string& id) {
    if (!ctx.principal.can(kView)) return false;
    std::int64_t letter_id = 0;
    try {
      letter_id = std::stoll(id);
    } catch (const std::exception&) {
      return false;
    }
    if (!may_read_letter(ctx.db(), ctx.principal.id, letter_id)) return false;
    log_secret_read_if_secret(ctx.db(), ctx.clock().now(), person_of(ctx), letter_id, "file");
    return true;
  });
}

}  // namespace pao::saraban

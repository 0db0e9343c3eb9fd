#include "modules/plan/file_progress_report.hpp"

#include <algorithm>
#include <set>

#include "modules/plan/api.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/reporting_rounds.hpp"
#include "modules/plan/search_documents.hpp"
#include "modules/plan/store.hpp"
#include "platform/http/json_input.hpp"

namespace pao::plan {

namespace {

Error not_owner() {
  return {ErrorCode::permission_denied,
          {"รายงานได้เฉพาะโครงการของส่วนราชการของท่าน",
           "You may report only on your own division's projects"},
          {},
          {}};
}

files::Owner owner_of(std::int64_t report_id) {
  return {"plan", "report", std::to_string(report_id)};
}

FieldErrors check(const NewReport& in, const std::vector<Kpi>& kpis) {
  FieldErrors e;
  if (in.percent_complete < 0 || in.percent_complete > 100) {
    e.add("percent_complete", {"ต้องเป็นตัวเลข 0 ถึง 100", "must be a number from 0 to 100"});
  }
  if (in.committed_satang < 0) {
    e.add("committed_satang", {"ต้องไม่ติดลบ", "must not be negative"});
  }
  if (in.spent_satang < 0) e.add("spent_satang", {"ต้องไม่ติดลบ", "must not be negative"});
  const std::pair<const char*, const std::string*> texts[] = {
      {"activities_th", &in.activities_th},
      {"problems_th", &in.problems_th},
      {"help_needed_th", &in.help_needed_th}};
  for (const auto& [name, text] : texts) {
    if (http::utf8_length(*text) > kMaxReportTextChars) {
      e.add(name, {"ยาวเกิน " + std::to_string(kMaxReportTextChars) + " ตัวอักษร",
                   "is longer than " + std::to_string(kMaxReportTextChars) + " characters"});
    }
  }
  std::set<std::int64_t> seen;
  for (const auto& a : in.kpi_actuals) {
    const auto own =
        std::find_if(kpis.begin(), kpis.end(), [&](const Kpi& k) { return k.id == a.kpi_id; });
    if (own == kpis.end() || !seen.insert(a.kpi_id).second) {
      e.add("kpi_actuals",
            {"มีตัวชี้วัดที่ไม่ใช่ของโครงการนี้หรือซ้ำกัน", "names a KPI of another project, or one twice"});
    } else if (!own->tracked()) {
      e.add("kpi_actuals", {"มีตัวชี้วัดที่เลิกติดตามแล้ว", "names a KPI that is no longer tracked"});
    }
  }
  return e;
}

}  // namespace

Result<FiledReport> file_progress_report(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                         const auth::Principal& who, const NewReport& in,
                                         const files::FileStore* store) {
  db::Tx tx(conn);
  const auto project = find_project(conn, in.project_id);
  if (!project) return Error::not_found({"ไม่พบโครงการนี้", "No such project"});
  if (!may_report_for(who, store::divisions_of(conn, in.project_id))) return not_owner();
  const auto round = store::lock_round(conn, in.round_id);
  if (!round) {
    return Error::invalid({"ไม่พบรอบรายงานนี้", "No such reporting round"})
        .field("round_id", {"ไม่พบรอบนี้", "is not a reporting round"});
  }
  const auto& years = project->fiscal_years;
  if (std::find(years.begin(), years.end(), round->fiscal_year) == years.end()) {
    return Error::conflict({"โครงการนี้ไม่ได้ดำเนินการในปีงบประมาณของรอบนี้",
                            "The project does not run in this round's fiscal year"})
        .field("round_id", {"ไม่ตรงกับปีของโครงการ", "is not in one of the project's years"});
  }
  if (store::cancellations(conn).count(in.project_id)) {
    return Error::conflict({"โครงการนี้ถูกยกเลิกแล้ว", "The project was cancelled"});
  }
  if (const auto bad = check(in, store::project_kpis(conn, in.project_id)); !bad.empty()) {
    return bad.to_error();
  }

  const auto versions = store::report_versions(conn, in.round_id, in.project_id);
  Report r;
  r.round_id = in.round_id;
  r.project_id = in.project_id;
  r.version = versions.empty() ? 1 : versions.back().version + 1;
  r.amendment = !round->open;
  r.state = round->open ? "accepted" : "pending";
  r.percent_complete = in.percent_complete;
  r.committed_satang = in.committed_satang;
  r.spent_satang = in.spent_satang;
  r.activities_th = http::trim(in.activities_th);
  r.problems_th = http::trim(in.problems_th);
  r.help_needed_th = http::trim(in.help_needed_th);
  r.filed_by_id = who.id;
  r.filed_by_name = who.display_name.empty() ? who.name : who.display_name;
  r.filed_at = to_iso_utc(at);
  r.kpi_actuals = in.kpi_actuals;
  r.id = store::insert_report(conn, r);

  FiledReport out{r, {}};
  for (const auto& part : in.attachments) {
    if (part.bytes.empty()) continue;
    if (!store) throw std::logic_error("file_progress_report: attachments without a file store");
    auto stored = files::store_upload(conn, *store, at, by, part, owner_of(r.id),
                                      {.max_bytes = kMaxAttachmentBytes});
    if (!stored.ok()) return stored.error();
    out.attachments.push_back(std::move(*stored));
  }

  audit::Changes changes;
  changes.added("round_id", r.round_id)
      .added("version", r.version)
      .added("state", boost::json::string(r.state))
      .added("amendment", r.amendment)
      .added("percent_complete", r.percent_complete)
      .added("committed_satang", r.committed_satang)
      .added("spent_satang", r.spent_satang)
      .added("activities_th", boost::json::string(r.activities_th))
      .added("problems_th", boost::json::string(r.problems_th))
      .added("help_needed_th", boost::json::string(r.help_needed_th))
      .added("attachments", static_cast<std::int64_t>(out.attachments.size()));
  if (!versions.empty()) {
    const auto& prev = versions.back();
    changes.note("previous_percent_complete", prev.percent_complete);
  }
  audit::record(conn, at, by, {"plan.report.file", "plan_report", std::to_string(r.id), changes});
  index_report(conn, at, *project, r);
  tx.commit();
  return out;
}

Result<Report> decide_amendment(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                const auth::Principal& who, std::int64_t report_id, bool approve) {
  if (!is_planner(who)) {
    return Error{ErrorCode::permission_denied,
                 {"เฉพาะผู้จัดทำแผนอนุมัติการแก้ไขรายงานได้", "Only the planner may approve amendments"},
                 {},
                 {}};
  }
  db::Tx tx(conn);
  auto r = store::find_report(conn, report_id);
  if (!r) return Error::not_found({"ไม่พบรายงานนี้", "No such report"});
  if (r->state != "pending") {
    return Error::conflict({"รายงานฉบับนี้ไม่ได้รออนุมัติ", "This report is not awaiting approval"});
  }
  const std::string state = approve ? "accepted" : "rejected";
  const std::string by_name = who.display_name.empty() ? who.name : who.display_name;
  store::decide_report(conn, report_id, state, by_name, to_iso_utc(at));
  audit::Changes changes;
  changes.set("state", "pending", boost::json::string(state));
  audit::record(conn, at, by,
                {approve ? "plan.report.approve" : "plan.report.reject", "plan_report",
                 std::to_string(report_id), changes});
  tx.commit();
  r->state = state;
  r->decided_by = by_name;
  r->decided_at = to_iso_utc(at);
  return *r;
}

std::vector<files::StoredFile> report_attachments(db::Connection& conn, std::int64_t report_id) {
  return files::list_files(conn, owner_of(report_id));
}

std::vector<Report> pending_amendments(db::Connection& conn) {
  return store::pending_reports(conn);
}

}  // namespace pao::plan

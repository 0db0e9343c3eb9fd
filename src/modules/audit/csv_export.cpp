// GET /admin/audit/export.csv: the current filter of /admin/audit as a CSV file.
#include "modules/audit/csv_export.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "modules/audit/bangkok_time.hpp"
#include "modules/audit/entry_filter.hpp"
#include "modules/audit/routes.hpp"
#include "platform/audit/field_changes.hpp"
#include "platform/html/renderer.hpp"
#include "platform/text/csv.hpp"

namespace pao::audit {

namespace {

std::string cell(std::string s) {
  if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos) {
    s.insert(s.begin(), '\'');
  }
  return s;
}

}  // namespace

EntriesCsv write_entries_csv(db::Connection& conn, Filter filter,
                             const std::vector<std::string>& header, int max_rows, int page_rows) {
  EntriesCsv out;
  out.text = std::string(text::kUtf8Bom) + text::to_csv_line(header);
  filter.before_seq.reset();
  page_rows = std::max(page_rows, 1);
  for (;;) {
    const int room = max_rows - out.rows;
    if (room <= 0) {
      filter.limit = 1;
      out.truncated = !find_entries(conn, filter).empty();
      break;
    }
    filter.limit = std::min(page_rows, room);
    const auto batch = find_entries(conn, filter);
    for (const auto& e : batch) {
      out.text += text::to_csv_line(
          {std::to_string(e.seq), bangkok_sortable(e.at), e.at, e.actor_kind, cell(e.actor_name),
           cell(e.action), cell(e.entity_type), cell(e.entity_id),
           cell(field_changes_line(read_field_changes(e.changes))), cell(e.changes),
           cell(e.request_id), cell(e.client_ip), e.hash});
    }
    out.rows += static_cast<int>(batch.size());
    if (batch.size() < static_cast<std::size_t>(filter.limit)) break;
    filter.before_seq = batch.back().seq;
  }
  return out;
}

Result<http::Response> export_entries_csv(http::Context& ctx) {
  const EntryFilterForm form = read_entry_filter_form(ctx.request);
  const auto filter = to_filter(form);
  if (!filter.ok()) return filter.error();
  const auto label = [&](const char* key) { return ctx.html().text(ctx.lang, key); };
  const std::vector<std::string> header{label("audit.seq"),
                                        label("audit.time"),
                                        label("audit.csv_time_utc"),
                                        label("audit.csv_actor_kind"),
                                        label("audit.actor"),
                                        label("audit.action"),
                                        label("audit.entity_type"),
                                        label("audit.entity_id"),
                                        label("audit.changes"),
                                        label("audit.csv_changes_json"),
                                        label("audit.csv_request_id"),
                                        label("audit.csv_client_ip"),
                                        label("audit.csv_hash")};
  auto& conn = ctx.db();
  EntriesCsv csv = write_entries_csv(conn, *filter, header, kMaxExportRows);

  // A copy of the trail leaving the system is itself on the trail.
  Changes noted;
  noted.note("filter", boost::json::string(to_query_string(form))).note("rows", csv.rows);
  if (csv.truncated) noted.note("truncated", true);
  record_alone(conn, ctx.clock().now(), actor_of(ctx),
               {"audit.entries.export", "audit_entry", "", noted});

  const std::string day = bangkok_sortable(to_iso_utc(ctx.clock().now())).substr(0, 10);
  auto r = http::Response::text(200, std::move(csv.text), "text/csv; charset=utf-8");
  r.header("Content-Disposition", "attachment; filename=\"audit-trail-" + day + ".csv\"");
  private_answer(r);
  return r;
}

}  // namespace pao::audit

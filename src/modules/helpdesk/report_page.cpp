// The monthly report page and its Excel file, for the IT head and executives.
#include "modules/helpdesk/html_routes.hpp"
#include "modules/helpdesk/monthly_report.hpp"
#include "modules/helpdesk/permissions.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/download.hpp"

namespace pao::helpdesk {

namespace {

using Dict = ctemplate::TemplateDictionary;

struct Month {
  int year = 0;
  unsigned month = 0;
};

// ?month=2026-11 (Gregorian, as <input type="month"> sends it); this Bangkok month otherwise.
// A malformed value is a 400 naming the field.
Result<Month> month_of(const http::Context& ctx) {
  const auto text = ctx.request.query_param("month");
  if (!text || text->empty()) {
    const Date today = bangkok_date(ctx.clock().now());
    return Month{today.year, today.month};
  }
  int y = 0, m = 0;
  if (text->size() == 7 && (*text)[4] == '-' &&
      std::sscanf(text->c_str(), "%4d-%2d", &y, &m) == 2 && y >= 2000 && y <= 2200 && m >= 1 &&
      m <= 12) {
    return Month{y, static_cast<unsigned>(m)};
  }
  return Error::invalid({"เดือนไม่ถูกต้อง", "Not a month"})
      .field("month", {"ใช้รูปแบบ ปปปป-ดด เช่น 2026-11", "use YYYY-MM, e.g. 2026-11"});
}

std::string month_param(int year, unsigned month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u", year, month);
  return buf;
}

std::string percent_text(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return "–";
  return html::format_number(100.0 * static_cast<double>(part) / static_cast<double>(whole), 1) +
         "%";
}

void add_tallies(Dict& dict, const char* section, const std::vector<Tally>& rows) {
  for (const auto& t : rows) {
    auto* d = dict.AddSectionDictionary(section);
    d->SetValue("LABEL", t.label.empty() ? t.key : t.label);
    d->SetValue("COUNT", html::format_number(static_cast<double>(t.count)));
  }
}

Result<http::Response> report_page(http::Context& ctx) {
  const auto m = month_of(ctx);
  if (!m.ok()) return m.error();
  const auto r = monthly_report(ctx.db(), m->year, m->month);
  Dict dict("helpdesk_report");
  const std::string name = month_name(m->year, m->month, ctx.lang);
  dict.SetValue("MONTH_NAME", name);
  dict.SetValue("MONTH", month_param(m->year, m->month));
  const Month prev = m->month == 1 ? Month{m->year - 1, 12} : Month{m->year, m->month - 1};
  const Month next = m->month == 12 ? Month{m->year + 1, 1} : Month{m->year, m->month + 1};
  dict.SetValue("PREV", month_param(prev.year, prev.month));
  dict.SetValue("PREV_NAME", month_name(prev.year, prev.month, ctx.lang));
  dict.SetValue("NEXT", month_param(next.year, next.month));
  dict.SetValue("NEXT_NAME", month_name(next.year, next.month, ctx.lang));
  dict.SetValue("OPENED", html::format_number(static_cast<double>(r.opened)));
  dict.SetValue("RESOLVED", html::format_number(static_cast<double>(r.resolved)));
  dict.SetValue("RESOLVED_IN_TIME", percent_text(r.resolved_in_time, r.resolved));
  dict.SetValue("OWNED_IN_TIME", percent_text(r.owned_in_time, r.owned));
  dict.SetValue("RATED", html::format_number(static_cast<double>(r.rated)));
  dict.SetValue("AVERAGE", r.rated ? html::format_number(r.average_rating, 2) : "–");
  if (!r.by_category.empty()) {
    html::BarChart chart;
    chart.id = "by-category";
    chart.title = t(ctx, "helpdesk.report_by_category");
    chart.label_heading = t(ctx, "helpdesk.field.category");
    chart.value_heading = t(ctx, "helpdesk.report_tickets");
    for (const auto& c : r.by_category) {
      chart.bars.push_back({c.label.empty() ? c.key : c.label, static_cast<double>(c.count)});
    }
    dict.SetValue("CATEGORY_CHART", html::bar_chart(ctx, chart));
  }
  add_tallies(dict, "DIVISION", r.by_division);
  add_tallies(dict, "ASSET", r.top_assets);
  for (const auto& x : r.ratings) {
    auto* d = dict.AddSectionDictionary("RATING");
    d->SetIntValue("ID", x.id);
    d->SetValue("TITLE", x.title);
    d->SetValue("REQUESTER", x.requester);
    d->SetIntValue("RATING", x.rating);
    d->SetValue("COMMENT", x.comment);
  }
  html::PageInfo info;
  info.title = t(ctx, "helpdesk.report_title") + " " + name;
  info.section = "helpdesk_report";
  return ctx.html().page(ctx, info, "helpdesk/report", dict);
}

Result<http::Response> report_xlsx(http::Context& ctx) {
  const auto m = month_of(ctx);
  if (!m.ok()) return m.error();
  const auto r = monthly_report(ctx.db(), m->year, m->month);
  return http::download(monthly_report_xlsx(r, ctx.clock().now()),
                        "รายงานแจ้งซ่อม-" + month_param(m->year, m->month) + ".xlsx",
                        http::kXlsxContentType);
}

}  // namespace

void add_report_routes(http::Router& routes) {
  routes.get("/helpdesk/reports/monthly")
      .permission(kViewReports)
      .summary("Monthly report: volume, SLA compliance, satisfaction, recurring assets")
      .query_param("month", "string", "YYYY-MM (Gregorian); this month when left out")
      .handle(report_page);
  routes.get("/helpdesk/reports/monthly.xlsx")
      .permission(kViewReports)
      .kind(http::RouteKind::other)
      .summary("The monthly report as an Excel workbook")
      .query_param("month", "string", "YYYY-MM (Gregorian); this month when left out")
      .handle(report_xlsx);
}

}  // namespace pao::helpdesk

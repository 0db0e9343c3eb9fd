// The IT queue: open tickets by their next deadline (to own, else to resolve), the most at risk
// first, waiting ones last. Keyset pages (?after=), and the counts per status are read from the
// kept counts, never counted here, so the page costs the same at 200 or 200,000 tickets.
#include "modules/helpdesk/html_routes.hpp"
#include "modules/helpdesk/permissions.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/pagination.hpp"

namespace pao::helpdesk {

namespace {

using Dict = ctemplate::TemplateDictionary;
constexpr int kPerPage = 50;
constexpr const char* kPausedKey = "9999-12-31T00:00:00Z";

std::optional<store::QueueKey> read_after(const http::Context& ctx) {
  const auto cursor = ctx.request.query_param("after");
  if (!cursor) return std::nullopt;
  const auto key = http::decode_cursor(*cursor);
  if (!key) return std::nullopt;
  const auto bar = key->find('|');
  if (bar == std::string::npos) return std::nullopt;
  return store::QueueKey{key->substr(0, bar), std::atoll(key->c_str() + bar + 1)};
}

Result<http::Response> queue_page(http::Context& ctx) {
  const auto after = read_after(ctx);
  auto rows = store::queue_page(ctx.db(), after, kPerPage + 1);
  const bool more = rows.size() > static_cast<std::size_t>(kPerPage);
  if (more) rows.pop_back();
  const std::string now = to_iso_utc(ctx.clock().now());
  Dict dict("helpdesk_queue");
  for (const auto& [status, n] : store::status_counts(ctx.db())) {
    auto* c = dict.AddSectionDictionary("COUNT");
    c->SetValue("STATUS", status_name(status));
    c->SetValue("LABEL", t(ctx, std::string("helpdesk.status.") + status_name(status)));
    c->SetValue("N", html::format_number(static_cast<double>(n)));
  }
  if (rows.empty() && !after) {
    dict.SetValue("EMPTY", html::empty_state(ctx, {t(ctx, "helpdesk.queue_empty_title"),
                                                   t(ctx, "helpdesk.queue_empty_body"),
                                                   {},
                                                   {}}));
  } else {
    dict.ShowSection("HAS_ROWS");
  }
  for (const auto& r : rows) {
    auto* row = dict.AddSectionDictionary("ROW");
    fill_row(ctx, *row, r);
    if (r.queue_due_at == kPausedKey) {
      row->SetValue("DUE_TAG", html::status_tag(t(ctx, "helpdesk.paused"), html::Tone::warning));
      continue;
    }
    row->SetValue("DUE", shown_time(ctx, r.queue_due_at));
    row->SetValue("DUE_UTC", r.queue_due_at);
    row->SetValue("DUE_KIND", t(ctx, r.status == Status::fresh ? "helpdesk.to_own_by"
                                                               : "helpdesk.to_resolve_by"));
    if (r.queue_due_at < now) {
      row->SetValue("DUE_TAG", html::status_tag(t(ctx, "helpdesk.overdue"), html::Tone::danger));
      row->ShowSection("LATE");
    }
  }
  if (after) dict.ShowSection("FIRST");
  if (more) {
    dict.SetValueAndShowSection(
        "AFTER",
        http::encode_cursor(rows.back().queue_due_at + "|" + std::to_string(rows.back().id)),
        "MORE");
  }
  html::PageInfo info;
  info.title = t(ctx, "helpdesk.menu_queue");
  info.section = "helpdesk_queue";
  return ctx.html().page(ctx, info, "helpdesk/queue", dict);
}

}  // namespace

void add_queue_page_routes(http::Router& routes) {
  routes.get("/helpdesk/queue")
      .permission(kWork)
      .summary("The IT queue, most at risk first")
      .handle(queue_page);
}

}  // namespace pao::helpdesk

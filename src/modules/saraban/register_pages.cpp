// The register pages: incoming (/saraban/incoming) and the outgoing kinds (/saraban/outgoing,
// ?register=outgoing|circular|order|announcement), filtered by year and date range, the most
// urgent first, with the printable PDF and the XLSX of the same selection.
#include "platform/html/ctemplate.hpp"

#include "modules/saraban/numbering.hpp"
#include "modules/saraban/page_kit.hpp"
#include "modules/saraban/routes.hpp"
#include "modules/saraban/store.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"

namespace pao::saraban {

namespace {

constexpr int kPerPage = 50;
constexpr const char* kOutgoingKinds[] = {kOutgoing, kCircular, kOrders, kAnnouncements};

Result<http::Response> register_page(http::Context& ctx, const std::string& code,
                                     const std::string& path) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  const auto reg = find_register(ctx.db(), code);
  if (!reg) return Error::not_found({"ไม่พบทะเบียนนี้", "There is no such register"});
  const int this_year = register_year(ctx.clock().now());
  FieldErrors bad;
  const FormValues q(ctx.request.query.begin(), ctx.request.query.end());
  store::LetterFilter f;
  f.register_code = code;
  f.year = read_year(q, this_year);
  const auto from = read_date(q, "from", bad);
  const auto to = read_date(q, "to", bad);
  if (from) f.from_day = to_iso_date(*from);
  if (to) f.to_day = to_iso_date(*to);
  const auto total = static_cast<int>(store::count_letters(ctx.db(), f));
  const html::PageWindow window = html::read_page(ctx.request, kPerPage, total);
  f.limit = kPerPage;
  f.offset = window.offset();
  const auto letters = store::list_letters(ctx.db(), f, ctx.principal.id);

  ctemplate::TemplateDictionary dict("register");
  const std::string title = ctx.lang == "en" ? reg->name_en : reg->name_th;
  dict.SetValue("TITLE", title);
  dict.SetValue("PATH", path);
  dict.SetValue("CODE", code);
  dict.SetValue("YEAR_BE", std::to_string(f.year + kBuddhistEraOffset));
  for (int y = this_year; y >= this_year - 4; --y) {
    auto* opt = dict.AddSectionDictionary("YEAR_OPTION");
    opt->SetIntValue("VALUE", y);
    opt->SetIntValue("LABEL", y + kBuddhistEraOffset);
    if (y == f.year) opt->ShowSection("SELECTED");
  }
  if (code != kIncoming) {
    auto* pick = dict.AddSectionDictionary("REGISTER_PICK");
    for (const char* c : kOutgoingKinds) {
      const auto r = find_register(ctx.db(), c);
      if (!r) continue;
      auto* opt = pick->AddSectionDictionary("REGISTER_OPTION");
      opt->SetValue("VALUE", c);
      opt->SetValue("LABEL", ctx.lang == "en" ? r->name_en : r->name_th);
      if (code == c) opt->ShowSection("SELECTED");
    }
  }
  dict.SetValue("FROM_FIELD", filter_date_field(ctx, "from", t("saraban.filter.from"), q, bad));
  dict.SetValue("TO_FIELD", filter_date_field(ctx, "to", t("saraban.filter.to"), q, bad));
  if (ctx.principal.can(kRegister)) {
    dict.SetValueAndShowSection("NEW_URL", path + "/new", "CAN_REGISTER");
    dict.SetValue("NEW_LABEL",
                  t(code == kIncoming ? "saraban.incoming.new" : "saraban.outgoing.new"));
  }
  std::string export_query = "year=" + std::to_string(f.year);
  if (from) export_query += "&from=" + html::date_field_text(*from);
  if (to) export_query += "&to=" + html::date_field_text(*to);
  dict.SetValue("EXPORT_QUERY", export_query);
  dict.SetValue("COUNT", html::format_number(total));
  if (letters.empty()) {
    dict.SetValue(
        "EMPTY",
        html::empty_state(
            ctx, {t("saraban.incoming.empty_title"), t("saraban.incoming.empty_body"), {}, {}}));
  } else {
    dict.ShowSection("HAS_LETTERS");
  }
  for (const auto& l : letters) fill_letter_row(ctx, *dict.AddSectionDictionary("LETTER"), l);
  dict.SetValue("PAGER", html::pager(ctx, window));
  html::PageInfo info;
  info.title = title;
  info.section = code == kIncoming ? "saraban_incoming" : "saraban_outgoing";
  return renderer.page(ctx, info, "saraban/register", dict);
}

}  // namespace

Result<http::Response> incoming_register_page(http::Context& ctx) {
  return register_page(ctx, kIncoming, "/saraban/incoming");
}

Result<http::Response> outgoing_register_page(http::Context& ctx) {
  const std::string code = ctx.request.query_param("register").value_or(kOutgoing);
  for (const char* c : kOutgoingKinds) {
    if (code == c) return register_page(ctx, code, "/saraban/outgoing");
  }
  return register_page(ctx, kOutgoing, "/saraban/outgoing");
}

}  // namespace pao::saraban

#include "modules/saraban/page_kit.hpp"

#include <charconv>

#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"

namespace pao::saraban {

FormValues read_form(const http::Request& req) {
  FormValues values;
  for (auto& [k, v] : req.form()) values.emplace(k, v);
  return values;
}

std::optional<Date> read_date(const FormValues& v, const std::string& name, FieldErrors& errors) {
  const auto it = v.find(name);
  if (it == v.end()) return std::nullopt;
  auto d = html::read_date_field(it->second);
  if (!d.ok()) {
    errors.add(name,
               d.error().fields.empty() ? d.error().message : d.error().fields.begin()->second);
    return std::nullopt;
  }
  return *d;
}

int read_year(const FormValues& v, int fallback) {
  const auto it = v.find("year");
  if (it == v.end()) return fallback;
  int y = 0;
  const auto& s = it->second;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
  if (ec != std::errc() || end != s.data() + s.size()) return fallback;
  if (y > 2400) y -= kBuddhistEraOffset;
  return y >= 1900 && y <= 2400 ? y : fallback;
}

std::string filter_date_field(const http::Context& ctx, const std::string& name,
                              const std::string& label, const FormValues& v,
                              const FieldErrors& errors) {
  html::Field f;
  f.kind = html::FieldKind::date;
  f.name = name;
  f.label = label;
  const auto it = v.find(name);
  if (it != v.end()) f.value = it->second;
  if (errors.has(name)) {
    const Error e = errors.to_error();
    f.error = e.fields.at(name).in(ctx.lang);
  }
  f.wide = false;
  return html::field(ctx, f);
}

std::string shown_time(const http::Context& ctx, const std::string& iso_utc) {
  TimePoint t{};
  if (!parse_iso_time(iso_utc, t)) return iso_utc;
  return ctx.lang == "en" ? format_english_date_time(t) : format_thai_date_time(t);
}

std::string shown_date(const http::Context& ctx, const std::string& iso_date) {
  if (iso_date.empty()) return {};
  const auto d = parse_thai_date(iso_date);
  if (!d) return iso_date;
  return ctx.lang == "en" ? format_english_date(*d) : format_thai_date(*d);
}

void fill_letter_row(const http::Context& ctx, ctemplate::TemplateDictionary& row,
                     const Letter& l) {
  auto t = [&](const char* key) { return ctx.html().text(ctx.lang, key); };
  row.SetIntValue("ID", static_cast<int>(l.id));
  row.SetIntValue("JOB_ID", static_cast<int>(l.job_id));
  row.SetValue("NO", std::to_string(l.register_no));
  row.SetValue("REFERENCE", l.reference);
  row.SetValue("DATED", shown_date(ctx, l.dated));
  row.SetValue("FROM", l.from);
  row.SetValue("TO", l.to);
  row.SetValue("RECEIVED", shown_time(ctx, l.registered_at));
  row.SetValue("RECEIVED_UTC", l.registered_at);
  if (l.urgency != Urgency::normal) {
    row.SetValueAndShowSection(
        "URGENCY_TAG", html::status_tag(urgency_label(l.urgency).in(ctx.lang), html::Tone::danger),
        "URGENT");
    row.ShowSection("URGENT_ROW");
  }
  if (l.secrecy != Secrecy::none) {
    row.SetValueAndShowSection(
        "SECRECY_TAG", html::status_tag(secrecy_label(l.secrecy).in(ctx.lang), html::Tone::warning),
        "SECRET");
  }
  if (subject_visible(l)) {
    row.SetValueAndShowSection("SUBJECT", l.subject, "SHOW_SUBJECT");
  } else {
    row.SetValueAndShowSection("HIDDEN", t("saraban.secret.hidden"), "HIDE_SUBJECT");
  }
}

}  // namespace pao::saraban

#include "modules/inventory/page_kit.hpp"

#include <charconv>

#include "modules/inventory/contracts.hpp"
#include "modules/org/api.hpp"
#include "platform/html/renderer.hpp"
#include "platform/money/baht.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::inventory {

FormValues read_form(const http::Request& req) {
  FormValues values;
  for (auto& [k, v] : req.form()) values.emplace(std::move(k), std::move(v));
  return values;
}

std::string value(const FormValues& values, const std::string& field) {
  const auto it = values.find(field);
  if (it == values.end()) return "";
  const auto& s = it->second;
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

const std::string& text(const http::Context& ctx, std::string_view key) {
  return ctx.html().text(ctx.lang, key);
}

std::optional<std::int64_t> path_id(const http::Context& ctx) {
  const std::string& s = ctx.request.path_param("id");
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || n <= 0) return std::nullopt;
  return n;
}

std::string shown_date(const http::Context& ctx, const std::string& iso) {
  const auto d = parse_iso_date(iso);
  if (!d) return iso.empty() ? "—" : iso;
  return ctx.lang == "en" ? format_english_date(*d) : format_thai_date(*d);
}

std::string division_name(http::Context& ctx, const std::string& code) {
  if (code.empty()) return "—";
  const auto d = org::find_division(ctx.db(), code);
  if (!d) return code;
  return ctx.lang == "en" ? d->name_en : d->name_th;
}

std::string shown_baht(std::int64_t satang) {
  return format_baht(Satang(satang));
}

std::string date_field_value(const std::string& iso) {
  const auto d = parse_iso_date(iso);
  return d ? html::date_field_text(*d) : "";
}

std::string read_date(const FormValues& values, const std::string& field, FieldErrors& errors) {
  const std::string typed = value(values, field);
  if (typed.empty()) return "";
  if (const auto iso = parse_iso_date(typed)) return to_iso_date(*iso);
  auto d = html::read_date_field(typed);
  if (!d.ok()) {
    errors.add(field,
               d.error().fields.empty() ? d.error().message : d.error().fields.begin()->second);
    return "";
  }
  return *d ? to_iso_date(**d) : "";
}

std::int64_t read_baht(const FormValues& values, const std::string& field, FieldErrors& errors) {
  std::string typed = value(values, field);
  std::erase(typed, ',');
  if (typed.empty()) return 0;
  const auto dot = typed.find('.');
  const std::string whole = typed.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : typed.substr(dot + 1);
  std::int64_t baht = 0;
  std::int64_t satang = 0;
  const auto [e1, ec1] = std::from_chars(whole.data(), whole.data() + whole.size(), baht);
  bool ok = !whole.empty() && ec1 == std::errc() && e1 == whole.data() + whole.size() &&
            baht >= 0 && baht < 1'000'000'000'000LL && frac.size() <= 2;
  if (ok && !frac.empty()) {
    if (frac.size() == 1) frac += "0";
    const auto [e2, ec2] = std::from_chars(frac.data(), frac.data() + frac.size(), satang);
    ok = ec2 == std::errc() && e2 == frac.data() + frac.size();
  }
  if (!ok) {
    errors.add(field, {"ไม่ใช่จำนวนเงิน (เช่น 12,500.50)", "is not an amount (e.g. 12,500.50)"});
    return 0;
  }
  return baht * 100 + satang;
}

std::optional<std::int64_t> read_number(const FormValues& values, const std::string& field,
                                        std::int64_t min, std::int64_t max, FieldErrors& errors) {
  std::string typed = value(values, field);
  std::erase(typed, ',');
  if (typed.empty()) return std::nullopt;
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(typed.data(), typed.data() + typed.size(), n);
  if (ec != std::errc() || end != typed.data() + typed.size() || n < min || n > max) {
    errors.add(field, {"ต้องเป็นตัวเลข " + std::to_string(min) + "–" + std::to_string(max),
                       "must be a number " + std::to_string(min) + "–" + std::to_string(max)});
    return std::nullopt;
  }
  return n;
}

std::optional<Error> combined(FieldErrors errors, const FieldErrors& more) {
  if (!more.empty()) {
    for (const auto& [field, why] : more.to_error().fields) {
      if (!errors.has(field)) errors.add(field, why);
    }
  }
  if (errors.empty()) return std::nullopt;
  return errors.to_error();
}

http::Response form_page(http::Context& ctx, FormPage page, const Error* error,
                         const std::vector<html::Crumb>& crumbs, int status) {
  Dict dict("inventory_form");
  dict.SetValue("TITLE", page.title);
  dict.SetValue("ACTION", page.action);
  dict.SetValue("SUBMIT", page.submit);
  dict.SetValue("CANCEL", page.cancel_href);
  if (!page.intro.empty()) dict.SetValueAndShowSection("INTRO", page.intro, "HAS_INTRO");
  if (page.multipart) dict.ShowSection("MULTIPART");
  std::map<std::string, std::string> labels;
  std::vector<std::string> order;
  for (auto& f : page.fields) {
    labels[f.name] = f.label;
    order.push_back(f.name);
    if (error) f.error = html::field_error(ctx, error, f.name);
    dict.AddSectionDictionary("FIELD")->SetValue("HTML", html::field(ctx, f));
  }
  if (error) {
    ctx.html().form_errors(
        ctx, *error, dict,
        [&](const std::string& field) {
          const auto it = labels.find(field);
          return it == labels.end() ? field : it->second;
        },
        order);
  }
  html::PageInfo info;
  info.title = error ? text(ctx, "inventory.error_prefix") + page.title : page.title;
  info.section = "inventory";
  info.crumbs = crumbs;
  return ctx.html().page(ctx, info, "inventory/form", dict,
                         error ? (error->code == ErrorCode::conflict ? 409 : 400) : status);
}

bool fixable_on_form(const Error& e) {
  return e.code == ErrorCode::invalid_argument || e.code == ErrorCode::conflict;
}

}  // namespace pao::inventory

// What the inventory pages share: reading a submitted form, the B.E. dates and baht amounts
// people type, and showing a form again with their input and an error summary.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/html/components.hpp"
#include "platform/html/ctemplate.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/router.hpp"

namespace pao::inventory {

using Dict = ctemplate::TemplateDictionary;
using FormValues = std::map<std::string, std::string>;

FormValues read_form(const http::Request& req);
std::string value(const FormValues& values, const std::string& field);
const std::string& text(const http::Context& ctx, std::string_view key);

// A positive id from the path's {id}; nullopt for anything else.
std::optional<std::int64_t> path_id(const http::Context& ctx);

// "2026-01-15" → "15 ม.ค. 2569" (Thai) / "15 Jan 2026" (English); "" → "—".
std::string shown_date(const http::Context& ctx, const std::string& iso);
// A division's name in the page's language ("" → "—"; an unknown code as is).
std::string division_name(http::Context& ctx, const std::string& code);
// Satang → "7,200,000.00".
std::string shown_baht(std::int64_t satang);

// What a date field shows for a stored "YYYY-MM-DD" ("15/01/2569"), "" for "".
std::string date_field_value(const std::string& iso);
// A date field as typed (B.E. "15/01/2569" or ISO) → "YYYY-MM-DD" ("" when blank); adds a field
// error to `errors` when it is not a date.
std::string read_date(const FormValues& values, const std::string& field, FieldErrors& errors);
// "12,500.50" → 1250050 satang; blank → 0; adds a field error when not an amount.
std::int64_t read_baht(const FormValues& values, const std::string& field, FieldErrors& errors);
// A whole number; blank → nullopt; adds a field error when not one in [min, max].
std::optional<std::int64_t> read_number(const FormValues& values, const std::string& field,
                                        std::int64_t min, std::int64_t max, FieldErrors& errors);

// Adds `more` to `errors` (keeping a field's first message); the combined error, if any.
std::optional<Error> combined(FieldErrors errors, const FieldErrors& more);

// A form page (inventory/form): `fields` with their errors from `error`, the summary on top.
struct FormPage {
  std::string title;
  std::string action;
  std::string submit;
  std::string cancel_href;
  bool multipart = false;
  std::vector<html::Field> fields;
  std::string intro;
};
http::Response form_page(http::Context& ctx, FormPage page, const Error* error,
                         const std::vector<html::Crumb>& crumbs, int status = 200);

// A failure the person can fix on the form they sent.
bool fixable_on_form(const Error& e);

}  // namespace pao::inventory

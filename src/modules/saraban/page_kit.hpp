// What the saraban pages share: reading form and query values, and showing a letter as a row of
// a register (urgency as a red tag before the subject; a secret letter's subject only to people
// named on its job).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "modules/saraban/letter.hpp"
#include "platform/error/error.hpp"
#include "platform/html/ctemplate.hpp"
#include "platform/http/router.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

using FormValues = std::map<std::string, std::string>;

// The fields of a form (urlencoded or multipart); the first value of each name wins.
FormValues read_form(const http::Request& req);
// A B.E. date typed in field `name` (blank → nullopt); a bad one adds a field error.
std::optional<Date> read_date(const FormValues& v, const std::string& name, FieldErrors& errors);
// ?year= as a C.E. year (B.E. is accepted too); `fallback` when missing or not a year.
int read_year(const FormValues& v, int fallback);
// A date field of a filter form, keeping what was typed and showing its error.
std::string filter_date_field(const http::Context& ctx, const std::string& name,
                              const std::string& label, const FormValues& v,
                              const FieldErrors& errors);
// "25 พ.ย. 2569 09:00" (or English) for an ISO-8601 UTC time.
std::string shown_time(const http::Context& ctx, const std::string& iso_utc);
// "20 พ.ย. 2569" for an ISO date; "" for "".
std::string shown_date(const http::Context& ctx, const std::string& iso_date);
// Fills a register row: NO, REFERENCE, DATED, FROM, TO, SUBJECT or SECRET, URGENCY_TAG, JOB_ID,
// RECEIVED.
void fill_letter_row(const http::Context& ctx, ctemplate::TemplateDictionary& row, const Letter& l);

}  // namespace pao::saraban

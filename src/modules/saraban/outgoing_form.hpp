// The outgoing letter form (outgoing_pages.cpp): used to issue a letter (/saraban/outgoing/new)
// and to draft a job's reply or memo from a template (/saraban/jobs/{id}/draft), which posts to
// the job so the letter is linked to it.
#pragma once

#include <optional>
#include <string>

#include "modules/saraban/page_kit.hpp"

namespace pao::saraban {

struct OutgoingFormPage {
  std::string action = "/saraban/outgoing";
  std::optional<std::int64_t> job_id;  // a job's reply: the job is fixed, not a field
  std::string title;                   // "" → "ออกเลขหนังสือส่ง"
  std::string intro;                   // "" → the form's usual introduction
};

// The form showing `values` (and `error`'s field messages: status 400).
Result<http::Response> render_outgoing_form(http::Context& ctx, const FormValues& values,
                                            const Error* error, const OutgoingFormPage& page = {});

// Registers the letter the form sent (page.job_id, when set, wins over a job_id field) and
// redirects to its job; the form again with the errors of a bad field.
Result<http::Response> issue_from_outgoing_form(http::Context& ctx, const FormValues& values,
                                                const OutgoingFormPage& page = {});

}  // namespace pao::saraban

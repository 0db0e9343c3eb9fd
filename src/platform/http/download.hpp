// Files for the browser to save: a report as CSV, XLSX or PDF under a Thai file name.
//
//   return http::download(book.bytes(), "รายงานงบประมาณ 2569.xlsx", http::kXlsxContentType);
//   return http::csv_download(csv_text, "ทะเบียนครุภัณฑ์.csv");
//
// Content-Disposition carries the name twice (RFC 6266): `filename="…"`, an ASCII stand-in for
// old clients, and `filename*=UTF-8''…`, the real name percent-encoded (RFC 5987), which every
// current browser prefers. Neither can break out of the header: the stand-in keeps only letters,
// digits and . _ - ( ), and the encoded name has no character outside RFC 5987's attr-char.
// Exports may hold personal data, so the response is `Cache-Control: private, no-store`.
#pragma once

#include <string>
#include <string_view>

#include "platform/http/response.hpp"

namespace pao::http {

inline constexpr std::string_view kCsvContentType = "text/csv; charset=utf-8";
inline constexpr std::string_view kXlsxContentType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr std::string_view kPdfContentType = "application/pdf";

// A 200 response that makes the browser save `bytes` as `file_name` (UTF-8, Thai welcome). Path
// separators, control characters and quotes in the name become "_"; an empty name becomes
// "download".
Response download(std::string bytes, std::string_view file_name, std::string_view content_type);

// download() of CSV text, with the UTF-8 byte-order mark added when missing so Excel opens Thai
// correctly (see text/csv.hpp).
Response csv_download(std::string csv, std::string_view file_name);

// The Content-Disposition value download() sends: `attachment; filename="…";
// filename*=UTF-8''…`.
std::string attachment_disposition(std::string_view file_name);
// The same with `inline`: the browser shows the file (an image, a PDF) and saves it under
// `file_name` when asked to.
std::string inline_disposition(std::string_view file_name);

}  // namespace pao::http

// CSV as spreadsheets and the PAO's data files write it (RFC 4180: quoted fields may hold commas,
// quotes doubled, newlines). Reading tolerates a UTF-8 BOM and CRLF; writing adds the BOM so
// Excel opens Thai text correctly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/error/error.hpp"

namespace pao::text {

using CsvRow = std::vector<std::string>;

// All rows, the header row included. An unterminated quote is an error naming the line.
Result<std::vector<CsvRow>> parse_csv(std::string_view text);

// One row per line, fields quoted when needed, CRLF line ends (RFC 4180).
std::string to_csv_line(const CsvRow& row);
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace pao::text

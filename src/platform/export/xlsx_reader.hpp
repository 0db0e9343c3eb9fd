// Reads the first worksheet of an .xlsx file (as saved by Excel or LibreOffice) into rows of
// text, for a module's import (e.g. inventory's assets, plan's projects). "First" is the first tab
// the user sees: the first <sheet> of xl/workbook.xml, found through xl/_rels/workbook.xml.rels
// (not necessarily sheet1.xml). Rows keep the spreadsheet's numbering: rows[i] is row i + 1, a
// skipped (empty) row comes back as an empty vector, so an import's "row 5" is Excel's row 5.
// Just enough of the format: the ZIP's central directory, deflate,
// the shared strings and the sheet's cells (text, numbers, inline strings, booleans), parsed
// with expat. Numbers come back as Excel wrote them ("45306" for a date, "24000.5"); the import
// reads a date column's serial number as a date. Limits: 32 MiB inflated per part, 20,000 rows,
// 100 columns; a DOCTYPE is refused. invalid_argument for anything that is not such a file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/error/error.hpp"

namespace pao::exports {

Result<std::vector<std::vector<std::string>>> read_first_sheet(std::string_view xlsx);

// The file's first bytes say ZIP ("PK\3\4").
bool looks_like_xlsx(std::string_view bytes);

}  // namespace pao::exports

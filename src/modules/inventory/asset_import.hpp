// Importing an existing asset list (a CSV file in UTF-8 or an .xlsx workbook's first sheet,
// first row the column names; platform/export/xlsx_reader.hpp) into the
// registry: all rows or none. Every row is checked with the same rules as the form (number format
// and uniqueness, in the file and in the registry, type, status, division, dates, amounts); when
// any row is bad nothing is written and each problem is reported with its row and column. When
// all are good, every asset is registered in one transaction, each with its audit entry
// (inventory.asset.create, note "import").
//
// Columns, by name, in any order (unknown names are refused, missing ones are blank):
//   asset_no kind brand model serial hostname cpu ram_mb disk_gb os mac ip division_code
//   location holder purchased_on price funding_year warranty_ends_on status
// Dates as 2026-01-15, 15/01/2569 (B.E.) or a spreadsheet date; price in baht ("24,000.00").
#pragma once

#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::inventory {

inline const std::vector<std::string> kImportColumns = {"asset_no",
                                                        "kind",
                                                        "brand",
                                                        "model",
                                                        "serial",
                                                        "hostname",
                                                        "cpu",
                                                        "ram_mb",
                                                        "disk_gb",
                                                        "os",
                                                        "mac",
                                                        "ip",
                                                        "division_code",
                                                        "location",
                                                        "holder",
                                                        "purchased_on",
                                                        "price",
                                                        "funding_year",
                                                        "warranty_ends_on",
                                                        "status"};

struct ImportProblem {
  int row = 0;         // 1 = the header row, 2 = the first asset
  std::string column;  // "" for a problem with the whole row or file
  Message why;
};

struct ImportOutcome {
  int imported = 0;
  std::vector<ImportProblem> problems;  // non-empty: nothing was imported
};

// `table` as parsed from the file, header first.
ImportOutcome import_assets(db::Connection& conn, TimePoint at, const audit::Actor& by,
                            const std::vector<std::vector<std::string>>& table);

}  // namespace pao::inventory

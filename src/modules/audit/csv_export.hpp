// The trail as a spreadsheet: UTF-8 with a byte-order mark (so Excel shows Thai), one header row,
// then one row per entry, newest first. Read from the database in pages, so memory holds one
// page of entries (plus the text being built) whatever the trail's size.
#pragma once

#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"

namespace pao::audit {

struct EntriesCsv {
  std::string text;        // BOM, header row, rows (CRLF line ends)
  int rows = 0;            // entries written
  bool truncated = false;  // more entries matched than max_rows
};

// The entries matching `filter` (its limit and before_seq are ignored), at most `max_rows`,
// read `page_rows` at a time. `header` names the columns in the reader's language:
// no., time (Bangkok), time (UTC), actor kind, actor, action, record type, record id, changes,
// changes (JSON), request id, IP address, hash.
// Text cells that a spreadsheet would run as a formula (starting = + - @ tab CR) get a leading
// apostrophe, so a value someone typed cannot execute on the auditor's computer.
EntriesCsv write_entries_csv(db::Connection& conn, Filter filter,
                             const std::vector<std::string>& header, int max_rows,
                             int page_rows = 1000);

}  // namespace pao::audit

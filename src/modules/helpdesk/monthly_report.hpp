// The IT head's monthly report (รายงานประจำเดือน): volume by category and division, SLA
// compliance (owned and resolved in time), satisfaction, the assets that keep breaking, and what
// requesters said. Read from stored deadlines: a later change of SLA targets never changes a
// past month's figures.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "platform/db/database.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::helpdesk {

struct Tally {
  std::string key;    // category, division code, asset number
  std::string label;  // what to show (a division's Thai name; "" → key)
  std::int64_t count = 0;
};

struct RatedTicket {
  std::int64_t id = 0;
  std::string title;
  int rating = 0;
  std::string comment;
  std::string requester;
};

struct MonthlyReport {
  int year = 2026;  // Gregorian
  unsigned month = 1;
  std::int64_t opened = 0;
  std::int64_t resolved = 0;
  std::int64_t resolved_in_time = 0;  // resolved_at ≤ the (pause-adjusted) resolve deadline
  std::int64_t owned = 0;
  std::int64_t owned_in_time = 0;
  std::int64_t rated = 0;
  double average_rating = 0;  // 0 when none rated
  std::vector<Tally> by_category;
  std::vector<Tally> by_division;
  std::vector<Tally> top_assets;     // assets reported twice or more, most first (at most 10)
  std::vector<RatedTicket> ratings;  // the month's ratings, newest first (at most 50)
};

// The report of calendar month `month` of `year` (Bangkok time): opened counts by created_at,
// resolution and satisfaction by resolved_at, ownership by owned_at, all within the month.
MonthlyReport monthly_report(db::Connection& conn, int year, unsigned month);

// "พฤศจิกายน 2569" (lang "th") or "November 2026" ("en").
std::string month_name(int year, unsigned month, const std::string& lang);

// The report as an Excel workbook (one sheet per table), Thai headings.
std::string monthly_report_xlsx(const MonthlyReport& r, TimePoint made_at);

}  // namespace pao::helpdesk

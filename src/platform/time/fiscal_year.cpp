#include "platform/time/fiscal_year.hpp"

#include <stdexcept>
#include <string>

namespace pao {
namespace {

constexpr unsigned kFirstMonth = 10;  // October

void require_valid(Date d) {
  if (!is_valid(d)) throw std::invalid_argument("fiscal year of an impossible date");
}

// The last day of month `m` of year `y` (C.E.).
Date last_day_of(int y, unsigned m) {
  const std::chrono::year_month_day_last last{std::chrono::year{y},
                                              std::chrono::month_day_last{std::chrono::month{m}}};
  return from_year_month_day(std::chrono::year_month_day{last});
}

}  // namespace

int fiscal_year_of(Date d) {
  require_valid(d);
  return d.year + kBuddhistEraOffset + (d.month >= kFirstMonth ? 1 : 0);
}

DateRange fiscal_year_range(int year_be) {
  const int ends_in = year_be - kBuddhistEraOffset;
  return DateRange{Date{ends_in - 1, kFirstMonth, 1}, Date{ends_in, kFirstMonth - 1, 30}};
}

int fiscal_quarter_of(Date d) {
  require_valid(d);
  // Months since the start of the fiscal year: October → 0 … September → 11.
  const unsigned months_in = (d.month + 12 - kFirstMonth) % 12;
  return static_cast<int>(months_in / 3) + 1;
}

DateRange fiscal_quarter_range(int year_be, int quarter) {
  if (quarter < 1 || quarter > 4) {
    throw std::out_of_range("fiscal quarter " + std::to_string(quarter) + " is not 1 to 4");
  }
  const Date fy_first = fiscal_year_range(year_be).first;
  const unsigned months_in = static_cast<unsigned>(quarter - 1) * 3;
  const unsigned first_month = (kFirstMonth - 1 + months_in) % 12 + 1;
  const int year = first_month >= kFirstMonth ? fy_first.year : fy_first.year + 1;
  return DateRange{Date{year, first_month, 1}, last_day_of(year, first_month + 2)};
}

}  // namespace pao

#include "platform/time/public_holidays.hpp"

#include <array>

namespace pao {
namespace {

struct FixedHoliday {
  unsigned month;
  unsigned day;
  std::string_view name_th;
  std::string_view name_en;
};

constexpr std::array<FixedHoliday, 15> kFixedHolidays = {{
    {1, 1, "วันขึ้นปีใหม่", "New Year's Day"},
    {4, 6, "วันจักรี", "Chakri Memorial Day"},
    {4, 13, "วันสงกรานต์", "Songkran Festival"},
    {4, 14, "วันสงกรานต์", "Songkran Festival"},
    {4, 15, "วันสงกรานต์", "Songkran Festival"},
    {5, 1, "วันแรงงานแห่งชาติ", "National Labour Day"},
    {5, 4, "วันฉัตรมงคล", "Coronation Day"},
    {6, 3, "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี", "H.M. Queen Suthida's Birthday"},
    {7, 28, "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", "H.M. King's Birthday"},
    {8, 12, "วันแม่แห่งชาติ", "Mother's Day"},
    {10, 13, "วันนวมินทรมหาราช", "King Bhumibol Adulyadej The Great Memorial Day"},
    {10, 23, "วันปิยมหาราช", "King Chulalongkorn Memorial Day"},
    {12, 5, "วันพ่อแห่งชาติ", "Father's Day"},
    {12, 10, "วันรัฐธรรมนูญ", "Constitution Day"},
    {12, 31, "วันสิ้นปี", "New Year's Eve"},
}};

}  // namespace

std::vector<PublicHoliday> fixed_date_public_holidays(int year) {
  std::vector<PublicHoliday> out;
  out.reserve(kFixedHolidays.size());
  for (const FixedHoliday& h : kFixedHolidays) {
    out.push_back(PublicHoliday{Date{year, h.month, h.day}, h.name_th, h.name_en});
  }
  return out;
}

}  // namespace pao

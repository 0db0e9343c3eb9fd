#include "platform/money/baht.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <ostream>

namespace pao {
namespace {

constexpr std::uint64_t kSatangPerBaht = 100;
constexpr std::uint64_t kMillion = 1'000'000;

constexpr std::array<std::string_view, 10> kDigitWords = {
    "ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า",
};
// Units, tens, hundreds, thousands, ten thousands, hundred thousands.
constexpr std::array<std::string_view, 6> kPlaceWords = {
    "", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน",
};
constexpr std::array<std::uint64_t, 6> kPlaceValues = {1, 10, 100, 1'000, 10'000, 100'000};

// The magnitude of `amount` in satang; exact even for the most negative int64.
std::uint64_t magnitude(Satang amount) {
  const auto v = static_cast<std::uint64_t>(amount.satang());
  return amount.satang() < 0 ? 0 - v : v;
}

// Appends 1 ≤ `n` < 1,000,000 in words. `after_higher` says non-zero digits come before this
// group (the millions), which makes a lone final 1 read เอ็ด.
void append_group(std::string& out, std::uint64_t n, bool after_higher) {
  for (std::size_t place = kPlaceValues.size(); place-- > 0;) {
    const auto digit = static_cast<std::size_t>(n / kPlaceValues[place] % 10);
    if (digit == 0) continue;
    if (place == 1) {
      if (digit == 2) {
        out += "ยี่";
      } else if (digit != 1) {
        out += kDigitWords[digit];
      }
      out += kPlaceWords[1];
    } else if (place == 0 && digit == 1 && (after_higher || n >= 10)) {
      out += "เอ็ด";
    } else {
      out += kDigitWords[digit];
      out += kPlaceWords[place];
    }
  }
}

// Appends `n` ≥ 1 in words, ล้าน after every six digits.
void append_number(std::string& out, std::uint64_t n, bool after_higher = false) {
  if (n >= kMillion) {
    append_number(out, n / kMillion, after_higher);
    out += "ล้าน";
    after_higher = true;
  }
  if (const std::uint64_t low = n % kMillion; low != 0) append_group(out, low, after_higher);
}

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The magnitude of the most negative int64, the largest one an amount can have.
constexpr std::uint64_t kMaxMagnitude =
    static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + 1;

// `value` * 10 + the digit `c`; false when that would pass kMaxMagnitude.
bool push_digit(std::uint64_t& value, char c) {
  if (value > kMaxMagnitude / 10) return false;
  value = value * 10 + static_cast<std::uint64_t>(c - '0');
  return value <= kMaxMagnitude;
}

// True for "1234" and for "1,234,567" (1–3 digits, then groups of ",ddd").
bool is_whole_baht(std::string_view s) {
  const std::size_t first_comma = s.find(',');
  if (first_comma == std::string_view::npos) {
    return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
  }
  if (first_comma == 0 || first_comma > 3 || (s.size() - first_comma) % 4 != 0) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool comma_place = i >= first_comma && (i - first_comma) % 4 == 0;
    if (comma_place ? s[i] != ',' : !is_digit(s[i])) return false;
  }
  return true;
}

}  // namespace

std::string format_baht(Satang amount) {
  const std::uint64_t total = magnitude(amount);
  const std::string whole = std::to_string(total / kSatangPerBaht);
  std::string out;
  if (amount.satang() < 0) out += '-';
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += ',';
    out += whole[i];
  }
  const std::uint64_t satang = total % kSatangPerBaht;
  out += '.';
  out += static_cast<char>('0' + satang / 10);
  out += static_cast<char>('0' + satang % 10);
  return out;
}

std::string format_baht_with_unit(Satang amount) {
  return format_baht(amount) + " บาท";
}

std::ostream& operator<<(std::ostream& out, Satang amount) {
  return out << format_baht(amount);
}

std::optional<Satang> parse_baht(std::string_view text) {
  std::string_view s = trim_spaces(text);
  const bool negative = !s.empty() && s.front() == '-';
  if (negative) s.remove_prefix(1);

  const std::size_t point = s.find('.');
  const std::string_view whole = s.substr(0, point);
  std::string_view decimals;
  if (point != std::string_view::npos) {
    decimals = s.substr(point + 1);
    if (decimals.empty() || decimals.size() > 2) return std::nullopt;
    if (!std::all_of(decimals.begin(), decimals.end(), is_digit)) return std::nullopt;
  }
  if (!is_whole_baht(whole)) return std::nullopt;

  std::uint64_t value = 0;
  for (const char c : whole) {
    if (c != ',' && !push_digit(value, c)) return std::nullopt;
  }
  // Two decimal places of satang: ".5" is 50 satang.
  for (std::size_t i = 0; i < 2; ++i) {
    if (!push_digit(value, i < decimals.size() ? decimals[i] : '0')) return std::nullopt;
  }
  if (negative) return Satang(static_cast<std::int64_t>(0 - value));
  if (value == kMaxMagnitude) return std::nullopt;
  return Satang(static_cast<std::int64_t>(value));
}

std::string baht_text(Satang amount) {
  const std::uint64_t total = magnitude(amount);
  if (total == 0) return "ศูนย์บาทถ้วน";
  const std::uint64_t baht = total / kSatangPerBaht;
  const std::uint64_t satang = total % kSatangPerBaht;
  std::string out;
  if (amount.satang() < 0) out += "ลบ";
  if (baht != 0) {
    append_number(out, baht);
    out += "บาท";
  }
  if (satang == 0) {
    out += "ถ้วน";
  } else {
    append_number(out, satang);
    out += "สตางค์";
  }
  return out;
}

}  // namespace pao

// Money in Thai baht, kept as a whole number of satang (1 baht = 100 satang) so that sums are
// exact: no floating point ever touches an amount. Formatting and parsing follow what Thai
// finance staff write (1,234.50), and `baht_text` spells amounts out the way official documents
// and cheques must (หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์). Pure functions, safe from any
// thread.
#pragma once

#include <compare>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace pao {

// An amount of money in satang. Arithmetic that would leave the int64 range (about ±92 million
// billion baht) throws std::overflow_error instead of wrapping.
class Satang {
 public:
  constexpr Satang() = default;
  constexpr explicit Satang(std::int64_t satang) : satang_(satang) {}
  // `baht` whole baht; throws std::overflow_error beyond the range.
  static constexpr Satang from_baht(std::int64_t baht) { return Satang(baht) * 100; }

  constexpr std::int64_t satang() const { return satang_; }

  friend constexpr auto operator<=>(Satang, Satang) = default;

  constexpr Satang operator-() const { return Satang(0) - *this; }
  constexpr Satang& operator+=(Satang other) { return *this = *this + other; }
  constexpr Satang& operator-=(Satang other) { return *this = *this - other; }
  constexpr Satang& operator*=(std::int64_t factor) { return *this = *this * factor; }

  friend constexpr Satang operator+(Satang a, Satang b) {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a.satang_, b.satang_, &sum)) overflow();
    return Satang(sum);
  }
  friend constexpr Satang operator-(Satang a, Satang b) {
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(a.satang_, b.satang_, &difference)) overflow();
    return Satang(difference);
  }
  friend constexpr Satang operator*(Satang a, std::int64_t factor) {
    std::int64_t product = 0;
    if (__builtin_mul_overflow(a.satang_, factor, &product)) overflow();
    return Satang(product);
  }
  friend constexpr Satang operator*(std::int64_t factor, Satang a) { return a * factor; }

 private:
  [[noreturn]] static void overflow() { throw std::overflow_error("amount out of range"); }

  std::int64_t satang_ = 0;
};

// "1,234.50": thousands separated by commas, always two decimals, a leading "-" when negative.
std::string format_baht(Satang amount);
// "1,234.50 บาท".
std::string format_baht_with_unit(Satang amount);
// Writes format_baht(amount), so test failures and log lines show amounts readably.
std::ostream& operator<<(std::ostream& out, Satang amount);

// Reads an amount typed by a user, or nullopt. Accepted, after trimming spaces: an optional
// leading "-", whole baht with or without thousands commas, then optionally "." and one or two
// decimals: "1,234.5", "1234.50", "1234", "0.25", "-20". Refused: more than two decimals
// ("1.005"), commas not grouping exactly three digits ("12,50" might be a decimal comma), a
// trailing or leading ".", signs other than one leading "-", any other character, and amounts
// beyond the int64 range.
std::optional<Satang> parse_baht(std::string_view text);

// The amount in Thai words, as the spreadsheet function BAHTTEXT and official documents write
// it: "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์", "หนึ่งร้อยบาทถ้วน" (ถ้วน when there are no
// satang), "ยี่สิบห้าสตางค์" (no baht), "ศูนย์บาทถ้วน" for zero, "ลบ…" before a negative amount.
// Numbers read: สิบ for 1 in the tens place (not หนึ่งสิบ); ยี่ for 2 in the tens place
// (ยี่สิบ); เอ็ด for a final 1 with any non-zero digit before it (สิบเอ็ด, หนึ่งร้อยเอ็ด,
// หนึ่งล้านเอ็ด) but หนึ่ง alone; ล้าน repeats every six digits (หนึ่งล้านล้าน). Satang are read
// as a number of their own (1.01 → หนึ่งบาทหนึ่งสตางค์).
std::string baht_text(Satang amount);

}  // namespace pao

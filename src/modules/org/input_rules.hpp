// The org module's rules for what an administrator types: codes and names. Shared by the
// division, position and profile use cases so each field is judged the same way everywhere
// (JSON API and pages alike). Field errors use the platform's short predicate style
// ("ต้องระบุ" / "is required"): the page puts the field's label in front, the API its name.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "platform/error/error.hpp"

namespace pao::org {

// Longest names accepted, in characters (code points).
inline constexpr std::size_t kMaxNameChars = 200;
inline constexpr std::size_t kMaxShortNameChars = 100;
inline constexpr std::size_t kMaxLongTextChars = 1000;  // visions
// Sort orders an administrator may give.
inline constexpr int kMaxSortOrder = 1'000'000;

// `code` matches [a-z][a-z0-9_]{1,39}: 2–40 characters, lower-case ASCII letters, digits and
// '_', starting with a letter.
bool is_valid_code(std::string_view code);

// `text` without leading and trailing ASCII whitespace.
std::string trimmed(std::string_view text);

// Checks a code: blank → "is required"; otherwise the format above.
void check_code(FieldErrors& errors, const std::string& field, const std::string& code);

// Checks a required text already trimmed: blank → "is required"; longer than `max_chars` → "is
// too long".
void check_text(FieldErrors& errors, const std::string& field, const std::string& text,
                std::size_t max_chars);

// Checks a sort order: 0 … kMaxSortOrder.
void check_sort_order(FieldErrors& errors, const std::string& field, int sort_order);

// Reads a sort order typed into a form ("", "  30 "): nullopt when blank, or the field error
// when it is not a whole number in range (so the form can say so beside the field).
struct SortOrderText {
  std::optional<int> value;
  std::optional<Message> error;
};
SortOrderText parse_sort_order(std::string_view text);

// Messages used by several use cases.
Message required_message();
Message code_format_message();
Message code_unchangeable_message();

}  // namespace pao::org

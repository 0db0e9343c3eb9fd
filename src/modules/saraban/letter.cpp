#include "modules/saraban/letter.hpp"

#include <array>

namespace pao::saraban {

namespace {

struct Level {
  const char* name;
  const char* code;
  const char* th;
  const char* en;
};

constexpr std::array<Level, 4> kUrgencies = {{{"normal", "001", "ปกติ", "Normal"},
                                              {"urgent", "002", "ด่วน", "Urgent"},
                                              {"very_urgent", "003", "ด่วนมาก", "Very urgent"},
                                              {"most_urgent", "004", "ด่วนที่สุด", "Most urgent"}}};
constexpr std::array<Level, 4> kSecrecies = {{{"none", "001", "ปกติ", "Not secret"},
                                              {"confidential", "002", "ลับ", "Confidential"},
                                              {"secret", "003", "ลับมาก", "Secret"},
                                              {"top_secret", "004", "ลับที่สุด", "Top secret"}}};

template <class E>
std::optional<E> parse_level(const std::array<Level, 4>& levels, std::string_view name) {
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (name == levels[i].name) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace

const char* urgency_name(Urgency u) {
  return kUrgencies[static_cast<std::size_t>(u)].name;
}
const char* urgency_code(Urgency u) {
  return kUrgencies[static_cast<std::size_t>(u)].code;
}
Message urgency_label(Urgency u) {
  const auto& l = kUrgencies[static_cast<std::size_t>(u)];
  return {l.th, l.en};
}
std::optional<Urgency> parse_urgency(std::string_view name) {
  return parse_level<Urgency>(kUrgencies, name);
}

const char* secrecy_name(Secrecy s) {
  return kSecrecies[static_cast<std::size_t>(s)].name;
}
const char* secrecy_code(Secrecy s) {
  return kSecrecies[static_cast<std::size_t>(s)].code;
}
Message secrecy_label(Secrecy s) {
  const auto& l = kSecrecies[static_cast<std::size_t>(s)];
  return {l.th, l.en};
}
std::optional<Secrecy> parse_secrecy(std::string_view name) {
  return parse_level<Secrecy>(kSecrecies, name);
}

}  // namespace pao::saraban

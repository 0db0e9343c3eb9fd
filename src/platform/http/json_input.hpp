// Reading a JSON request body into typed values, collecting a message per bad field, so a JSON
// route answers 400 {"error":{"code":"invalid_argument","fields":{"username":"is required"}}}
// naming every problem at once rather than the first.
//
//   auto in = http::JsonInput::parse(ctx.request);
//   if (!in.ok()) return in.error();
//   NewUser u;
//   u.username = in->text("username", {.required = true, .max_chars = 64});
//   u.email = in->optional_text("email", {.max_chars = 254});
//   u.roles = in->text_list("roles");
//   if (auto bad = in->finish(); !bad.ok()) return bad.error();
//
// Unknown fields are refused too (a misspelt field is a bug in the caller, better found early).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "platform/error/error.hpp"
#include "platform/http/request.hpp"

namespace pao::http {

struct TextRule {
  bool required = false;         // missing, null or blank → "is required"
  std::size_t max_chars = 1000;  // in characters (UTF-8 code points), not bytes
};

class JsonInput {
 public:
  // Parses the body as a JSON object. Invalid JSON or another type → invalid_argument.
  static Result<JsonInput> parse(const Request& request);
  explicit JsonInput(boost::json::object object) : object_(std::move(object)) {}

  bool has(const std::string& field) const;
  // A string, trimmed of surrounding spaces. Missing/null → "" (an error when required).
  std::string text(const std::string& field, TextRule rule = {});
  // Missing → nullopt; null or blank → "" (the caller clears the value).
  std::optional<std::string> optional_text(const std::string& field, TextRule rule = {});
  std::optional<bool> boolean(const std::string& field, bool required = false);
  std::optional<std::int64_t> integer(const std::string& field, std::int64_t min, std::int64_t max,
                                      bool required = false);
  // An array of strings (each trimmed, non-empty, at most max_chars); missing → {}.
  std::vector<std::string> text_list(const std::string& field, std::size_t max_items = 100,
                                     std::size_t max_chars = 200);

  // Records a field error found by the caller's own rules.
  void reject(const std::string& field, Message why) { errors_.add(field, std::move(why)); }
  bool has_error(const std::string& field) const { return errors_.has(field); }

  // invalid_argument naming every bad or unknown field; Ok when there were none.
  Status finish() const;

 private:
  const boost::json::value* get(const std::string& field);
  boost::json::object object_;
  std::set<std::string> read_;
  FieldErrors errors_;
};

// Length of UTF-8 text in code points.
std::size_t utf8_length(std::string_view s);
// `s` without leading and trailing ASCII whitespace.
std::string trim(std::string_view s);

}  // namespace pao::http

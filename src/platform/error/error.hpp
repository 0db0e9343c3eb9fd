// The one error model of pao.
//
// Expected failures (bad input, missing record, conflict, no permission …) are values: an
// `Error` carried in a `Result<T>`. Each has a code from the small set below, a message for the
// person who sees it (Thai and English, no internals) and an internal detail for the log only.
// Exceptions are for the unexpected (I/O failure, bug); they end a request and are caught once,
// at the request boundary (see http/server.cpp), where they become `internal`.
//
// Picking a code:
//   invalid_argument   the caller sent something malformed; `fields` names each bad field
//   not_found          the thing addressed does not exist (or the caller may not know it does)
//   conflict           valid request, but the current state forbids it (duplicate, stale version)
//   unauthenticated    no or expired credentials
//   permission_denied  credentials fine, permission missing
//   too_large          body or upload over its limit
//   rate_limited       too many attempts; retry later
//   unavailable        a dependency (database, mail server) is down; retrying may work
//   internal           a bug or an unexpected failure; details only in the log
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace pao {

enum class ErrorCode {
  invalid_argument,
  not_found,
  conflict,
  unauthenticated,
  permission_denied,
  too_large,
  rate_limited,
  unavailable,
  internal,
};

// "invalid_argument" etc., as sent in JSON error bodies.
const char* error_code_name(ErrorCode code);

// The HTTP status an error code maps to. The only place this mapping lives.
int http_status_for(ErrorCode code);

// A message in both languages the product speaks.
struct Message {
  std::string th;
  std::string en;
  const std::string& in(std::string_view lang) const { return lang == "en" ? en : th; }
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  Message message;                        // shown to the user
  std::map<std::string, Message> fields;  // field name → why it is wrong
  std::string internal;                   // for the log only
  int retry_after_seconds = 0;            // rate_limited/unavailable: sent as Retry-After

  static Error invalid(Message m) { return {ErrorCode::invalid_argument, std::move(m), {}, {}}; }
  static Error not_found(Message m) { return {ErrorCode::not_found, std::move(m), {}, {}}; }
  static Error conflict(Message m) { return {ErrorCode::conflict, std::move(m), {}, {}}; }
  static Error unavailable(std::string internal_detail);
  static Error internal_error(std::string internal_detail);

  // Adds a field error; returns *this so validators can chain.
  Error& field(std::string name, Message why) {
    fields.emplace(std::move(name), std::move(why));
    return *this;
  }
};

// Collects field errors while validating input, then yields one invalid_argument Error.
class FieldErrors {
 public:
  void add(std::string field, Message why) { fields_.emplace(std::move(field), std::move(why)); }
  bool empty() const { return fields_.empty(); }
  bool has(const std::string& field) const { return fields_.count(field) > 0; }
  Error to_error() const;

 private:
  std::map<std::string, Message> fields_;
};

// A value or an Error. Small on purpose: `ok()`, `value()`, `error()`, `*`, `->`.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const Error& error() const { return std::get<1>(v_); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Error> v_;
};

// Result<void>: success carries nothing.
struct Ok {};
using Status = Result<Ok>;
inline Status ok_status() {
  return Ok{};
}

}  // namespace pao

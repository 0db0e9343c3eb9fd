// The administrator's commands on the command line: staff accounts, API tokens and the audit
// chain. Each returns the process exit code and writes its result to `out`, problems to `err`.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "app/application.hpp"

namespace pao::app {

struct UserAddOptions {
  std::string username, name, division, position, email, phone;
  std::vector<std::string> roles;  // "role" or "role@division"
  bool password_stdin = false;
};
// `pao user add`: reads the password (one line) from `in` with --password-stdin, otherwise
// makes a random one and prints it. Exit 1 with a message naming each bad field, or a
// duplicate username.
int user_add(Application& app, const UserAddOptions& o, std::istream& in, std::ostream& out,
             std::ostream& err);
// `pao user passwd U`: the same for an existing account; ends its sessions.
int user_passwd(Application& app, const std::string& username, bool password_stdin,
                std::istream& in, std::ostream& out, std::ostream& err);

// `pao token create`: prints the new token alone on stdout (shown once). `expires` is a date
// (YYYY-MM-DD, valid through that day in Asia/Bangkok) or an ISO time.
int token_create(Application& app, const std::string& name, const std::vector<std::string>& scopes,
                 const std::optional<std::string>& expires, std::ostream& out, std::ostream& err);
int token_revoke(Application& app, const std::string& name, std::ostream& out, std::ostream& err);

// `pao audit verify`: exit 0 and the count when the chain is intact; exit 1 naming the first
// bad sequence number otherwise.
int audit_verify(Application& app, std::ostream& out, std::ostream& err);

}  // namespace pao::app

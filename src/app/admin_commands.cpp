#include "app/admin_commands.hpp"

#include <unistd.h>

#include <iostream>

#include "modules/identity/api.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/secrets.hpp"

namespace pao::app {

namespace {

// The person at the keyboard, for the audit trail: "cli:<login name>".
audit::Actor cli_actor() {
  const char* sudo = std::getenv("SUDO_USER");
  const char* user = std::getenv("USER");
  return audit::system_actor(std::string("cli:") + (sudo ? sudo : user ? user : "unknown"));
}

void print_error(const Error& e, std::ostream& err) {
  err << "pao: " << e.message.en << "\n";
  for (const auto& [field, why] : e.fields) err << "  " << field << ": " << why.en << "\n";
}

std::optional<std::string> read_password(bool from_stdin, std::istream& in, std::ostream& err) {
  if (!from_stdin) return auth::random_password();
  std::string line;
  if (!std::getline(in, line)) {
    err << "pao: --password-stdin: no password on standard input\n";
    return std::nullopt;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

std::vector<identity::RoleGrant> grants(const std::vector<std::string>& roles) {
  std::vector<identity::RoleGrant> out;
  for (const auto& r : roles) {
    const auto at = r.find('@');
    if (at == std::string::npos) {
      out.push_back({r, "*"});
    } else {
      out.push_back({r.substr(0, at), r.substr(at + 1)});
    }
  }
  return out;
}

}  // namespace

int user_add(Application& app, const UserAddOptions& o, std::istream& in, std::ostream& out,
             std::ostream& err) {
  const auto password = read_password(o.password_stdin, in, err);
  if (!password) return 1;
  identity::NewUser u{o.username, o.name,     o.email,         o.phone,
                      o.division, o.position, grants(o.roles), *password};
  auto lease = app.database().acquire();
  auto added = identity::add_user(lease.conn(), app.clock().now(), cli_actor(), u);
  if (!added.ok()) {
    print_error(added.error(), err);
    return 1;
  }
  out << "created user " << added->username << " (id " << added->id << ")\n";
  if (!o.password_stdin) out << "password: " << *password << "\n";
  return 0;
}

int user_passwd(Application& app, const std::string& username, bool password_stdin,
                std::istream& in, std::ostream& out, std::ostream& err) {
  const auto password = read_password(password_stdin, in, err);
  if (!password) return 1;
  auto lease = app.database().acquire();
  auto done =
      identity::set_password(lease.conn(), app.clock().now(), cli_actor(), username, *password);
  if (!done.ok()) {
    print_error(done.error(), err);
    return 1;
  }
  out << "password set for " << username << "; their sessions were ended\n";
  if (!password_stdin) out << "password: " << *password << "\n";
  return 0;
}

int token_create(Application& app, const std::string& name, const std::vector<std::string>& scopes,
                 const std::optional<std::string>& expires, std::ostream& out, std::ostream& err) {
  identity::NewToken t{name, scopes, std::nullopt};
  if (expires) t.expires_at = identity::token_expiry(*expires);
  std::vector<std::string> known;
  for (const auto& p : app.registry().permissions()) known.push_back(p.key);
  auto lease = app.database().acquire();
  auto created = identity::create_token(lease.conn(), app.clock().now(), cli_actor(), t, known);
  if (!created.ok()) {
    print_error(created.error(), err);
    return 1;
  }
  out << created->secret << "\n";
  return 0;
}

int token_revoke(Application& app, const std::string& name, std::ostream& out, std::ostream& err) {
  auto lease = app.database().acquire();
  auto done = identity::revoke_token(lease.conn(), app.clock().now(), cli_actor(), name);
  if (!done.ok()) {
    print_error(done.error(), err);
    return 1;
  }
  out << "token " << name << " revoked\n";
  return 0;
}

int audit_verify(Application& app, std::ostream& out, std::ostream& err) {
  auto lease = app.database().acquire();
  const auto v = audit::verify_chain(lease.conn());
  if (v.intact) {
    out << "audit chain intact: " << v.count << " entries\n";
    return 0;
  }
  err << "pao: audit chain broken at sequence " << v.first_bad_seq << ": " << v.reason << " ("
      << v.count << " entries before it are intact)\n";
  return 1;
}

}  // namespace pao::app

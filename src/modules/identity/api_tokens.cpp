// API tokens for machines: inventory agents, telemetry, the LINE relay.
#include <algorithm>
#include <boost/json.hpp>
#include <regex>

#include "modules/identity/api.hpp"
#include "modules/identity/store.hpp"
#include "platform/auth/secrets.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::identity {

namespace json = boost::json;

std::string token_expiry(const std::string& typed) {
  static const std::regex kDay("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  if (std::regex_match(typed, kDay)) {
    if (const auto day = parse_thai_date(typed)) {
      return to_iso_utc(bangkok_midnight(add_days(*day, 1)));
    }
  }
  return typed;
}

Result<CreatedToken> create_token(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                  const NewToken& in,
                                  const std::vector<std::string>& known_permissions) {
  static const std::regex kName("[a-z0-9][a-z0-9._-]{1,63}");
  FieldErrors e;
  if (!std::regex_match(in.name, kName)) {
    e.add("name", {"ใช้ a-z 0-9 . _ - ได้ 2–64 ตัว", "use 2–64 of a-z, 0-9, '.', '_' and '-'"});
  }
  if (in.scopes.empty()) e.add("scopes", {"ต้องระบุอย่างน้อยหนึ่งสิทธิ์", "needs at least one permission"});
  for (const auto& s : in.scopes) {
    if (std::find(known_permissions.begin(), known_permissions.end(), s) ==
        known_permissions.end()) {
      e.add("scopes", {"ไม่รู้จักสิทธิ์ " + s, "unknown permission " + s});
      break;
    }
  }
  TimePoint expires{};
  if (in.expires_at && (!parse_iso_time(*in.expires_at, expires) || expires <= at)) {
    e.add("expires_at", {"ต้องเป็นวันเวลาในอนาคต", "must be a time in the future"});
  }
  if (!e.empty()) return e.to_error();

  CreatedToken out;
  out.name = in.name;
  out.secret = "pao_" + auth::random_token(32);
  store::TokenRow row;
  row.name = in.name;
  row.scopes = in.scopes;
  std::sort(row.scopes.begin(), row.scopes.end());
  row.scopes.erase(std::unique(row.scopes.begin(), row.scopes.end()), row.scopes.end());
  row.created_by = by.name;
  row.created_at = to_iso_utc(at);
  if (in.expires_at) row.expires_at = to_iso_utc(expires);
  db::Tx tx(conn);
  if (store::token_by_name_or_id(conn, in.name)) {
    return Error::conflict({"มีโทเค็นชื่อนี้แล้ว", "A token with this name already exists"})
        .field("name", {"ซ้ำกับที่มีอยู่", "is already in use"});
  }
  out.id = store::insert_token(conn, row, auth::sha256_hex(out.secret));
  json::array scopes;
  for (const auto& s : row.scopes) scopes.emplace_back(s);
  audit::Changes ch;
  ch.added("name", json::string(row.name))
      .added("scopes", scopes)
      .added("expires_at", row.expires_at ? json::value(json::string(*row.expires_at)) : nullptr);
  audit::record(conn, at, by, {"identity.token.create", "token", std::to_string(out.id), ch});
  tx.commit();
  return out;
}

Status revoke_token(db::Connection& conn, TimePoint at, const audit::Actor& by,
                    const std::string& name_or_id) {
  db::Tx tx(conn);
  const auto t = store::token_by_name_or_id(conn, name_or_id);
  if (!t) return Error::not_found({"ไม่พบโทเค็นนี้", "No such token"});
  if (t->revoked_at) return ok_status();
  store::revoke_token_row(conn, t->id, to_iso_utc(at));
  audit::Changes ch;
  ch.set("revoked_at", nullptr, json::string(to_iso_utc(at)));
  audit::record(conn, at, by, {"identity.token.revoke", "token", std::to_string(t->id), ch});
  tx.commit();
  return ok_status();
}

}  // namespace pao::identity

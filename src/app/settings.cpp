#include "app/settings.hpp"

#include <charconv>
#include <cstdlib>
#include <stdexcept>

namespace pao::app {

namespace {
std::string env_or(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return (v && *v) ? std::string(v) : std::string(fallback);
}
}  // namespace

void apply_environment(Settings& s, std::string& listen) {
  if (s.db_uri.empty()) s.db_uri = env_or("PAO_DB", "sqlite:var/pao.db");
  if (listen.empty()) listen = env_or("PAO_LISTEN", "127.0.0.1:8080");
  if (s.data_dir.empty()) s.data_dir = env_or("PAO_DATA_DIR", "var");
  if (s.access_log.empty()) s.access_log = env_or("PAO_ACCESS_LOG", "-");
  if (!s.jobs_interval_seconds) {
    const std::string v = env_or("PAO_JOBS_INTERVAL", "30");
    int n = 0;
    const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || p != v.data() + v.size() || n < 0 || n > 86400) {
      throw std::invalid_argument("PAO_JOBS_INTERVAL must be seconds from 0 to 86400, not " + v);
    }
    s.jobs_interval_seconds = n;
  }
  if (!s.smtp) s.smtp = notify::SmtpSettings::from_environment();
  if (s.public_url.empty()) s.public_url = env_or("PAO_PUBLIC_URL", "");
  while (s.public_url.ends_with('/')) s.public_url.pop_back();
}

Status parse_listen(const std::string& listen, Settings& s) {
  const auto colon = listen.rfind(':');
  const auto bad = [&] {
    return Error::invalid({"ที่อยู่สำหรับรับการเชื่อมต่อไม่ถูกต้อง: " + listen,
                           "--listen must look like 127.0.0.1:8080, not \"" + listen + "\""});
  };
  if (colon == std::string::npos) return bad();
  std::string host = listen.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  if (host.empty()) host = "0.0.0.0";
  const std::string port = listen.substr(colon + 1);
  unsigned value = 0;
  const auto [p, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (ec != std::errc() || p != port.data() + port.size() || value > 65535 || port.empty())
    return bad();
  s.listen_host = host;
  s.listen_port = static_cast<std::uint16_t>(value);
  return ok_status();
}

}  // namespace pao::app

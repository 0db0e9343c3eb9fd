// Settings of a pao process: by command-line flag, else environment variable, else default.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "platform/error/error.hpp"
#include "platform/notify/smtp.hpp"

namespace pao::app {

struct Settings {
  std::string db_uri;       // PAO_DB, default "sqlite:var/pao.db"
  std::string listen_host;  // from PAO_LISTEN, default "127.0.0.1:8080"
  std::uint16_t listen_port = 8080;
  std::string data_dir;    // PAO_DATA_DIR, default "var"
  std::string access_log;  // PAO_ACCESS_LOG: "-" (stderr, default), "off" or a file path
  // PAO_JOBS_INTERVAL: how often `pao serve` looks for due jobs, in seconds; 0: never (this
  // server runs no jobs). Default 30.
  std::optional<int> jobs_interval_seconds;
  // PAO_SMTP_HOST, PAO_SMTP_PORT, PAO_SMTP_FROM, PAO_SMTP_HELO; none: e-mail waits in the outbox.
  std::optional<notify::SmtpSettings> smtp;
  std::string public_url;  // PAO_PUBLIC_URL ("https://pao.example.go.th"), for links in e-mail
};

// Fills unset fields from the environment and defaults. Throws std::invalid_argument naming
// the variable for a malformed PAO_SMTP_* or PAO_JOBS_INTERVAL.
void apply_environment(Settings& s, std::string& listen);

// Splits "127.0.0.1:8080" / "[::1]:8080" / ":8080"; an error names the bad value.
Status parse_listen(const std::string& listen, Settings& s);

}  // namespace pao::app

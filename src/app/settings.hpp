// Settings of a pao process: by command-line flag, else environment variable, else default.
#pragma once

#include <cstdint>
#include <string>

#include "platform/error/error.hpp"

namespace pao::app {

struct Settings {
  std::string db_uri;       // PAO_DB, default "sqlite:var/pao.db"
  std::string listen_host;  // from PAO_LISTEN, default "127.0.0.1:8080"
  std::uint16_t listen_port = 8080;
  std::string data_dir;    // PAO_DATA_DIR, default "var"
  std::string access_log;  // PAO_ACCESS_LOG: "-" (stderr, default), "off" or a file path
};

// Fills unset fields from the environment and defaults.
void apply_environment(Settings& s, std::string& listen);

// Splits "127.0.0.1:8080" / "[::1]:8080" / ":8080"; an error names the bad value.
Status parse_listen(const std::string& listen, Settings& s);

}  // namespace pao::app

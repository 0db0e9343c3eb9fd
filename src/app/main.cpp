// `pao`: the one executable. Commands: serve, migrate, demo-data, backup, user, token, audit,
// jobs, version.
// Exit codes: 0 success, 1 failure (message on stderr), 2 bad command line.
#include <sodium.h>
#include <spdlog/async.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/admin_commands.hpp"
#include "app/application.hpp"
#include "app/jobs_commands.hpp"
#include "platform/db/migrations.hpp"
#include "platform/search/index_upkeep.hpp"

namespace {

using pao::app::Application;
using pao::app::Settings;

int fail(const std::string& message) {
  std::cerr << "pao: " << message << "\n";
  return 1;
}

// SQLite needs the directory of its file to exist; create it, as `make run` would.
void ensure_sqlite_dir(const std::string& uri) {
  if (!uri.starts_with("sqlite:")) return;
  const std::filesystem::path file(uri.substr(7));
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
}

std::shared_ptr<spdlog::logger> make_access_log(const std::string& where) {
  if (where == "off") return nullptr;
  std::shared_ptr<spdlog::logger> log;
  if (where == "-") {
    log = spdlog::stderr_color_mt("access");
  } else {
    log = spdlog::basic_logger_mt("access", where);
  }
  log->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %v");
  return log;
}

}  // namespace

int run(int argc, char** argv) {
  if (sodium_init() < 0) return fail("libsodium failed to initialise");
  spdlog::set_default_logger(spdlog::stderr_color_mt("pao"));
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%l%$ %v");
  spdlog::flush_every(std::chrono::seconds(1));

  CLI::App cli{"pao — the PAO digital platform (อบจ. ดิจิทัล): one server for every system"};
  cli.require_subcommand(1);
  cli.fallthrough();  // `pao serve --db …` as well as `pao --db … serve`
  Settings settings;
  std::string listen;
  cli.add_option("--db", settings.db_uri,
                 "Database: sqlite:PATH or postgresql://user:pw@host:port/db (env PAO_DB)");
  cli.add_option("--data-dir", settings.data_dir,
                 "Directory for files and the default DB (env PAO_DATA_DIR)");

  auto* serve = cli.add_subcommand("serve", "Serve HTTP until SIGTERM/SIGINT");
  serve->add_option("--listen", listen,
                    "HOST:PORT to listen on (env PAO_LISTEN, default 127.0.0.1:8080)");
  serve->add_option("--access-log", settings.access_log,
                    "'-' for stderr, 'off', or a file (env PAO_ACCESS_LOG)");
  int workers = 0;
  serve->add_option("--workers", workers, "Worker threads for handlers (default 2 × cores + 2)");
  std::optional<int> jobs_interval;
  serve
      ->add_option("--jobs-interval", jobs_interval,
                   "Seconds between looks for due jobs; 0: run no jobs here "
                   "(env PAO_JOBS_INTERVAL, default 30)")
      ->check(CLI::Range(0, 86400));

  auto* migrate = cli.add_subcommand("migrate", "Apply pending database migrations");
  auto* demo = cli.add_subcommand("demo-data", "Load demo data (safe to repeat)");
  auto* backup = cli.add_subcommand("backup", "Copy the live database to a file, consistently");
  std::string backup_to;
  backup->add_option("--to", backup_to, "Destination file")->required();
  auto* version = cli.add_subcommand("version", "Print the version");

  auto* user = cli.add_subcommand("user", "Staff accounts");
  user->require_subcommand(1);
  pao::app::UserAddOptions add_options;
  auto* user_add = user->add_subcommand("add", "Create a staff account");
  user_add->add_option("--username", add_options.username, "Sign-in name (a-z 0-9 . _ -)")
      ->required();
  user_add->add_option("--name", add_options.name, "Full name, in Thai")->required();
  user_add->add_option("--division", add_options.division, "Division code (e.g. finance)");
  user_add->add_option("--position", add_options.position, "Position code");
  user_add->add_option("--email", add_options.email, "E-mail address");
  user_add->add_option("--phone", add_options.phone, "Phone number");
  user_add->add_option("--role", add_options.roles,
                       "Role key, or ROLE@DIVISION to limit it to one division (repeatable)");
  user_add->add_flag("--password-stdin", add_options.password_stdin,
                     "Read the password from standard input (else a random one is printed)");
  std::string passwd_username;
  bool passwd_stdin = false;
  auto* user_passwd = user->add_subcommand("passwd", "Set a user's password (ends their sessions)");
  user_passwd->add_option("username", passwd_username, "The user")->required();
  user_passwd->add_flag("--password-stdin", passwd_stdin,
                        "Read the password from standard input (else a random one is printed)");

  auto* token = cli.add_subcommand("token", "API tokens for machines");
  token->require_subcommand(1);
  std::string token_name;
  std::vector<std::string> token_scopes;
  std::string token_expires;
  auto* token_create = token->add_subcommand("create", "Issue a token (printed once)");
  token_create->add_option("--name", token_name, "A unique name, e.g. ocs-agents")->required();
  token_create->add_option("--scope", token_scopes, "A permission it holds (repeatable)")
      ->required();
  token_create->add_option("--expires", token_expires,
                           "Last valid day YYYY-MM-DD (Asia/Bangkok); default: never");
  std::string revoke_name;
  auto* token_revoke = token->add_subcommand("revoke", "Revoke a token by name or id");
  token_revoke->add_option("name", revoke_name, "The token's name or id")->required();

  auto* search_cmd = cli.add_subcommand("search", "The search index");
  search_cmd->require_subcommand(1);
  auto* search_reindex =
      search_cmd->add_subcommand("reindex", "Rebuild every module's search documents");
  auto* search_merge = search_cmd->add_subcommand(
      "merge", "Merge the index into one segment now (the nightly platform.search.merge_index)");

  auto* audit = cli.add_subcommand("audit", "The audit trail");
  audit->require_subcommand(1);
  auto* audit_verify = audit->add_subcommand("verify", "Check the hash chain from the first entry");

  auto* jobs = cli.add_subcommand("jobs", "Scheduled and queued jobs");
  jobs->require_subcommand(1);
  std::optional<std::string> run_due_at;
  auto* jobs_run_due = jobs->add_subcommand("run-due", "Run the jobs due now (or at --at), once");
  jobs_run_due->add_option("--at", run_due_at,
                           "Run as if it were this time, e.g. 2027-01-01T08:00:00+07:00");
  auto* jobs_list = jobs->add_subcommand("list", "Registered jobs, next due, last run");

  try {
    cli.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return cli.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return cli.exit(e);
  } catch (const CLI::ParseError& e) {
    cli.exit(e);
    return 2;
  }

  if (*version) {
    std::cout << "pao " << PAO_VERSION << "\n";
    return 0;
  }

  settings.jobs_interval_seconds = jobs_interval;
  try {
    apply_environment(settings, listen);
  } catch (const std::invalid_argument& e) {
    return fail(e.what());
  }
  if (*serve) {
    if (auto s = pao::app::parse_listen(listen, settings); !s.ok()) {
      std::cerr << "pao: " << s.error().message.en << "\n";
      return 2;
    }
  }

  const pao::SystemClock clock;
  try {
    ensure_sqlite_dir(settings.db_uri);
    Application app(settings, clock);
    app.open_database(workers > 0 ? workers : 0);

    if (*migrate) {
      const auto applied = app.migrate();
      std::cout << (applied.empty() ? "database is up to date" : "applied:") << "\n";
      for (const auto& m : applied) std::cout << "  " << m << "\n";
      return 0;
    }
    if (*demo) {
      if (const auto pending = app.pending_migrations(); !pending.empty()) {
        return fail("the database needs migrations first: run `pao migrate`");
      }
      const auto notes = app.load_demo_data();
      std::cout << "demo data loaded\n";
      std::vector<std::string> sign_in;
      for (const auto& [module, line] : notes) {
        std::cout << line << "\n";
        if (module == "identity") sign_in.push_back(line);
      }
      // The accounts' sign-in details, shown now and kept (readable by the owner only) so
      // `make run` can show them again. Only a run that made the accounts has them: a later run
      // leaves the file as it is.
      if (!sign_in.empty()) {
        const auto file = std::filesystem::path(settings.data_dir) / "demo-credentials.txt";
        std::filesystem::create_directories(file.parent_path());
        std::ofstream f(file, std::ios::trunc);
        for (const auto& line : sign_in) f << line << "\n";
        f.close();
        std::filesystem::permissions(
            file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
      }
      return 0;
    }
    const bool needs_schema = *user || *token || *audit || *search_cmd || *jobs;
    if (needs_schema && !app.pending_migrations().empty()) {
      return fail("the database needs migrations first: run `pao migrate`");
    }
    if (*user_add) return pao::app::user_add(app, add_options, std::cin, std::cout, std::cerr);
    if (*user_passwd) {
      return pao::app::user_passwd(app, passwd_username, passwd_stdin, std::cin, std::cout,
                                   std::cerr);
    }
    if (*token_create) {
      return pao::app::token_create(
          app, token_name, token_scopes,
          token_expires.empty() ? std::nullopt : std::optional<std::string>(token_expires),
          std::cout, std::cerr);
    }
    if (*token_revoke) return pao::app::token_revoke(app, revoke_name, std::cout, std::cerr);
    if (*audit_verify) return pao::app::audit_verify(app, std::cout, std::cerr);
    if (*search_reindex) {
      for (const auto& kind : app.reindex_search()) std::cout << "reindexed " << kind << "\n";
      return 0;
    }
    if (*search_merge) {
      auto lease = app.database().acquire();
      const auto report = pao::search::merge_index(lease.conn());
      std::cout << report.steps << " merge steps"
                << (report.finished ? ", the index is one segment" : "") << "\n";
      return 0;
    }
    if (*jobs_run_due) {
      return pao::app::jobs_run_due(app, run_due_at, clock, std::cout, std::cerr);
    }
    if (*jobs_list) return pao::app::jobs_list(app, clock, std::cout);
    if (*backup) {
      app.database().backup_to(backup_to);
      std::cout << "backup written to " << backup_to << "\n";
      return 0;
    }
    if (*serve) {
      pao::http::ServerOptions options;
      options.host = settings.listen_host;
      options.port = settings.listen_port;
      options.worker_threads = workers;
      options.access_log = make_access_log(settings.access_log);
      app.prepare_server(options);
      spdlog::info("listening on http://{}:{} ({} database {})", settings.listen_host,
                   app.server().port(), pao::db::dialect_name(app.database().dialect()),
                   app.database().describe());
      // Jobs run on their own thread, never on the I/O or worker threads; on SIGTERM the server
      // drains first, then the job in progress finishes and no other starts.
      pao::jobs::BackgroundRunner job_runner(app.scheduler(), clock,
                                             std::chrono::seconds(*settings.jobs_interval_seconds));
      if (*settings.jobs_interval_seconds > 0) {
        job_runner.start();
        spdlog::info("jobs: {} registered, looking for due ones every {} s{}",
                     app.registry().jobs().size(), *settings.jobs_interval_seconds,
                     settings.smtp ? "" : " (no PAO_SMTP_HOST: e-mail waits in the outbox)");
      }
      app.server().run(/*handle_signals=*/true);
      job_runner.stop();
      spdlog::info("stopped");
      spdlog::shutdown();
      return 0;
    }
  } catch (const pao::db::SchemaTooNew& e) {
    return fail(e.what());
  } catch (const pao::db::DbUnavailable& e) {
    return fail(std::string("cannot reach the database: ") + e.what());
  } catch (const std::exception& e) {
    return fail(e.what());
  }
  return 0;
}

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    return fail(e.what());
  }
}

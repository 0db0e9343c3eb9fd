// `pao jobs …`: the scheduler from the command line (cron on a host without `pao serve`, or an
// operator catching up by hand). Each returns the process exit code.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "app/application.hpp"

namespace pao::app {

// `pao jobs run-due [--at ISO]`: runs every job due at `at` (default: now), as a server's job
// thread would, with a FixedClock at `at`, and prints one line per run. Exit 0 when all ran
// (or none was due), 1 when any failed (the error printed; it is retried as usual), 2 for a
// malformed --at.
int jobs_run_due(Application& app, const std::optional<std::string>& at, const Clock& clock,
                 std::ostream& out, std::ostream& err);

// `pao jobs list`: every registered job, its schedule, next occurrence, last run and waiting
// runs, times in Asia/Bangkok.
int jobs_list(Application& app, const Clock& clock, std::ostream& out);

}  // namespace pao::app

#include "modules/helpdesk/ticket_states.hpp"

namespace pao::helpdesk {

namespace {
constexpr const char* kStatusNames[] = {"new",     "assigned", "in_progress",
                                        "waiting", "resolved", "closed"};
constexpr const char* kStepNames[] = {"take",    "start", "ask_requester", "resume",
                                      "resolve", "close", "reopen"};

struct Edge {
  Status from;
  Step step;
  Status to;
};
constexpr Edge kEdges[] = {
    {Status::fresh, Step::take, Status::assigned},
    {Status::assigned, Step::start, Status::in_progress},
    {Status::in_progress, Step::ask_requester, Status::waiting},
    {Status::waiting, Step::resume, Status::in_progress},
    {Status::in_progress, Step::resolve, Status::resolved},
    {Status::resolved, Step::close, Status::closed},
    {Status::resolved, Step::reopen, Status::in_progress},
};
}  // namespace

const char* status_name(Status s) {
  return kStatusNames[static_cast<int>(s)];
}

std::optional<Status> status_from(std::string_view name) {
  for (const Status s : kStatuses) {
    if (name == status_name(s)) return s;
  }
  return std::nullopt;
}

bool is_open(Status s) {
  return s != Status::resolved && s != Status::closed;
}

const char* step_name(Step s) {
  return kStepNames[static_cast<int>(s)];
}

std::optional<Step> step_from(std::string_view name) {
  for (const Step s : kSteps) {
    if (name == step_name(s)) return s;
  }
  return std::nullopt;
}

std::optional<Status> next_status(Status from, Step step) {
  for (const Edge& e : kEdges) {
    if (e.from == from && e.step == step) return e.to;
  }
  return std::nullopt;
}

bool requester_may(Step step) {
  return step == Step::resume || step == Step::close || step == Step::reopen;
}

}  // namespace pao::helpdesk

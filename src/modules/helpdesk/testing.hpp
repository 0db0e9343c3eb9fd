// Test support for the helpdesk module's tests (header-only: included by *_test.cpp files only).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "modules/helpdesk/module.hpp"
#include "modules/helpdesk/tickets.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/migrations.hpp"
#include "platform/db/testing.hpp"
#include "platform/notify/notification.hpp"
#include "platform/registry/registry.hpp"
#include "platform/search/search_index.hpp"
#include "platform/time/holiday_table.hpp"

namespace pao::helpdesk::testing {

// A fresh database on each engine with the platform tables the helpdesk writes to (audit,
// holidays, notifications) and its own; a connection held for the test; a requester of the
// finance division, a colleague of theirs, someone of another division and an IT technician.
class HelpdeskDbTest : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    db_ = db::open_fresh_database(GetParam());
    Registry registry;
    for (auto& m : audit::audit_migrations()) registry.add_migration(std::move(m));
    for (auto& m : search::search_migrations()) registry.add_migration(std::move(m));
    for (auto& m : holiday_migrations()) registry.add_migration(std::move(m));
    for (auto& m : notify::notify_migrations()) registry.add_migration(std::move(m));
    register_helpdesk_module(registry);
    db::apply_migrations(*db_, registry.migrations(), "2026-12-01T00:00:00Z");
    lease_.emplace(db_->acquire());
  }
  db::Connection& conn() { return lease_->conn(); }

  static TimePoint bkk(const char* local) {
    TimePoint t{};
    EXPECT_TRUE(parse_iso_time(std::string(local) + "+07:00", t)) << local;
    return t;
  }
  static Caller person(std::int64_t id, const char* name, const char* division, bool it) {
    return {id, name, division, it, {audit::ActorKind::user, id, name, "req-1", "10.0.0.9"}};
  }

  Ticket report(const char* title = "เครื่องพิมพ์ไม่ทำงาน", const char* urgency = "high",
                const char* local_time = "2026-12-07T09:00:00") {
    NewTicket in;
    in.title = title;
    in.description = "กระดาษติดทุกครั้งที่สั่งพิมพ์";
    in.urgency = urgency;
    in.asset_no = "416-66-0012";
    auto t = report_problem(conn(), bkk(local_time), somsri_, in);
    EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().message.en);
    return t.ok() ? *t : Ticket{};
  }

  std::int64_t count_of(const std::string& sql, std::int64_t id) {
    return conn().query_one(sql, id)->i64(0);
  }

  std::unique_ptr<db::Database> db_;
  std::optional<db::Lease> lease_;
  Caller somsri_ = person(11, "สมศรี ใจดี", "finance", false);
  Caller malee_ = person(12, "มาลี ศรีสุข", "finance", false);
  Caller chai_ = person(13, "ชัย ทองดี", "engineering", false);
  Caller tech_ = person(21, "ช่างเอก คอมพิวเตอร์", "office_of_chief", true);
};

}  // namespace pao::helpdesk::testing

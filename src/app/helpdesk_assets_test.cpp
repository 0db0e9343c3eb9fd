// "Which device?" on the service desk, through the real dispatcher on both databases: the
// inventory tells which assets a person and their division use, the report form offers them as
// choices (no JS needed), a picked one lands on the ticket, and the ticket page links a
// registered asset number to its inventory page for those who may open it.
#include <gtest/gtest.h>

#include "app/testing.hpp"
#include "modules/inventory/api.hpp"
#include "platform/files/testing.hpp"

namespace pao::app {
namespace {

using files::testing::FormPart;

const std::string kBoundary = "----helpdesk-assets-2569";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class HelpdeskAssets : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    app_.add_user("somsri", {"staff"}, "finance");
    app_.add_user("tech", {"it_staff"}, "office_of_chief");
    somsri_ = app_.sign_in("somsri");
    tech_ = app_.sign_in("tech");
    // Held by her name, by her username (typed loosely), her division's printer; not a
    // disposed one, an unnumbered one, nor another division's.
    add_asset("'416-66-0003'", "printer", "finance", "", "in_use");
    add_asset("'416-66-0002'", "desktop", "engineering", " SOMSRI ", "in_use");
    add_asset("'416-66-0001'", "notebook", "finance", "ทดสอบ somsri", "in_use");
    add_asset("'416-66-0004'", "desktop", "finance", "ทดสอบ somsri", "disposed");
    add_asset("NULL", "desktop", "finance", "somsri", "in_use");
    add_asset("'416-66-0005'", "desktop", "engineering", "someone", "in_use");
  }
  void add_asset(const std::string& number_sql, const std::string& kind,
                 const std::string& division, const std::string& holder,
                 const std::string& status) {
    auto lease = app_.database().acquire();
    lease.conn().execute(
        "INSERT INTO inventory_asset (asset_no, kind, brand, model, hostname, division_code, "
        "holder, status, created_at, updated_at) VALUES (" +
            number_sql +
            ", ?, 'Lenovo', 'ThinkPad E14', 'fin-nb-03', ?, ?, ?, '2026-12-01T00:00:00Z', "
            "'2026-12-01T00:00:00Z')",
        kind, division, holder, status);
  }
  http::Response report_form(const std::vector<FormPart>& parts) {
    return app_.send("POST", "/helpdesk/new", files::testing::multipart_body(kBoundary, parts),
                     &somsri_, true,
                     {{"Content-Type", "multipart/form-data; boundary=" + kBoundary}});
  }
  std::string location(const http::Response& r) {
    const auto at = header_of(r, "Location");
    return at.substr(0, at.find('?'));
  }

  TestApp app_{GetParam()};
  TestSession somsri_, tech_;
};

TEST_P(HelpdeskAssets, TheInventoryListsAPersonsOwnAssetsFirstThenTheirDivisions) {
  auto lease = app_.database().acquire();
  const auto held =
      inventory::assets_held_by(lease.conn(), {"somsri", "ทดสอบ somsri", "finance"}, 10);
  ASSERT_EQ(held.size(), 3u);
  EXPECT_EQ(held[0].asset_no, "416-66-0001");
  EXPECT_TRUE(held[0].theirs);
  EXPECT_EQ(held[1].asset_no, "416-66-0002");  // theirs, though registered to another division
  EXPECT_TRUE(held[1].theirs);
  EXPECT_EQ(held[2].asset_no, "416-66-0003");
  EXPECT_FALSE(held[2].theirs);
  EXPECT_EQ(held[0].url, "/inventory/assets/" + std::to_string(held[0].id));
  EXPECT_EQ(inventory::assets_held_by(lease.conn(), {"somsri", "", ""}, 1).size(), 1u);
  EXPECT_TRUE(inventory::assets_held_by(lease.conn(), {"nobody", "", ""}).empty());
  EXPECT_TRUE(inventory::find_asset_by_number(lease.conn(), "416-66-0004"));
  EXPECT_FALSE(inventory::find_asset_by_number(lease.conn(), "416-66-9999"));
}

TEST_P(HelpdeskAssets, TheFormOffersTheirDevicesAndAPickedOneLandsOnTheTicket) {
  const auto form = app_.send("GET", "/helpdesk/new", "", &somsri_);
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(contains(form.body, "name=\"my_asset\" value=\"416-66-0001\""));
  EXPECT_TRUE(contains(form.body, "name=\"my_asset\" value=\"416-66-0003\""));
  EXPECT_FALSE(contains(form.body, "416-66-0004")) << "disposed";
  EXPECT_FALSE(contains(form.body, "416-66-0005")) << "another division's";
  // A QR label's number that is theirs is picked in the list.
  const auto qr = app_.send("GET", "/helpdesk/new?asset=416-66-0003", "", &somsri_);
  EXPECT_TRUE(contains(qr.body, "value=\"416-66-0003\" checked"));

  const auto r = report_form(
      {{"title", "จอไม่ติด", "", ""}, {"my_asset", "416-66-0001", "", ""}, {"asset_no", "", "", ""}});
  ASSERT_EQ(r.status, 303) << r.body;
  const auto page = app_.send("GET", location(r), "", &tech_);
  ASSERT_EQ(page.status, 200) << page.body;
  auto lease = app_.database().acquire();
  const auto a = inventory::find_asset_by_number(lease.conn(), "416-66-0001");
  ASSERT_TRUE(a);
  EXPECT_TRUE(contains(page.body, "<a href=\"" + a->url + "\">416-66-0001</a>"));
  // The requester may not open the inventory: the number shows without a link.
  const auto own = app_.send("GET", location(r), "", &somsri_);
  EXPECT_TRUE(contains(own.body, "416-66-0001"));
  EXPECT_FALSE(contains(own.body, "href=\"" + a->url + "\""));
}

TEST_P(HelpdeskAssets, ATypedNumberIsKeptAndAnUnregisteredOneShowsWithoutALink) {
  const auto r = report_form({{"title", "เมาส์เสีย", "", ""},
                              {"my_asset", "", "", ""},
                              {"asset_no", "416-99-0001", "", ""}});
  ASSERT_EQ(r.status, 303) << r.body;
  const auto page = app_.send("GET", location(r), "", &tech_);
  EXPECT_TRUE(contains(page.body, "416-99-0001"));
  EXPECT_FALSE(contains(page.body, "href=\"/inventory/assets/"));
}

INSTANTIATE_TEST_SUITE_P(Db, HelpdeskAssets, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::app

#include "modules/inventory/asset_labels.hpp"

#include <gtest/gtest.h>

namespace pao::inventory {
namespace {

TEST(AssetLabels, AQrCodeHasItsFinderPatternsInThreeCorners) {
  const auto m = qr_modules("https://pao.example.go.th/helpdesk/new?asset=416-66-0012");
  ASSERT_GE(m.size(), 21u);
  const std::size_t n = m.size();
  for (const auto& [y, x] : {std::pair<std::size_t, std::size_t>{0, 0}, {0, n - 7}, {n - 7, 0}}) {
    for (std::size_t i = 0; i < 7; ++i) {
      EXPECT_TRUE(m[y][x + i]);      // top edge of the 7×7 square
      EXPECT_TRUE(m[y + 6][x + i]);  // bottom edge
    }
    EXPECT_TRUE(m[y + 3][x + 3]);  // its centre
  }
}

TEST(AssetLabels, TwentyFiveLabelsMakeATwoPagePdf) {
  std::vector<AssetLabel> labels;
  for (int i = 0; i < 25; ++i) {
    labels.push_back({"416-66-00" + std::to_string(10 + i), "Lenovo M70s (ห้อง 2)",
                      "/helpdesk/new?asset=416-66-00" + std::to_string(10 + i)});
  }
  const std::string pdf = asset_label_sheet(labels);
  EXPECT_TRUE(pdf.starts_with("%PDF-1.4"));
  EXPECT_NE(pdf.find("/Count 2"), std::string::npos);
  EXPECT_NE(pdf.find("/FlateDecode"), std::string::npos);
  EXPECT_LT(pdf.size(), 25u * 6000u);  // a few kilobytes a label, not tens
  EXPECT_TRUE(pdf.ends_with("%%EOF\n"));
}

}  // namespace
}  // namespace pao::inventory

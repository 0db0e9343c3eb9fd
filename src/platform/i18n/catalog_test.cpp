#include "platform/i18n/catalog.hpp"

#include <gtest/gtest.h>

namespace pao::i18n {
namespace {

TEST(Catalog, ExpandsMarkersInTheRequestedLanguageEscaped) {
  Catalog c;
  c.add_tsv("x.title\tหน้า <หลัก>\tHome & more\n", "test");
  EXPECT_EQ(c.expand_markers("<h1>[[x.title]]</h1>", "th", "t"), "<h1>หน้า &lt;หลัก&gt;</h1>");
  EXPECT_EQ(c.expand_markers("<h1>[[x.title]]</h1>", "en", "t"), "<h1>Home &amp; more</h1>");
}

TEST(Catalog, UnknownMarkerIsAnErrorNamingIt) {
  Catalog c;
  try {
    c.expand_markers("[[nope.key]]", "th", "page.tpl");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("nope.key"), std::string::npos);
  }
}

TEST(Catalog, RefusesAKeyDefinedTwice) {
  Catalog c;
  EXPECT_THROW(c.add_tsv("a\tก\tA\na\tข\tB\n", "dup.tsv"), std::runtime_error);
}

TEST(Catalog, RefusesALineWithoutBothLanguages) {
  Catalog c;
  EXPECT_THROW(c.add_tsv("a\tก\n", "short.tsv"), std::runtime_error);
}

TEST(Catalog, EveryBuiltInMessageHasBothLanguages) {
  const Catalog c = Catalog::load_embedded();
  ASSERT_NE(c.find("ui.home"), nullptr);
  EXPECT_EQ(c.text("th", "ui.home"), "หน้าหลัก");
  EXPECT_EQ(c.text("en", "ui.home"), "Home");
}

TEST(Language, ThaiUnlessEnglishIsChosen) {
  EXPECT_EQ(pick_language("", ""), "th");
  EXPECT_EQ(pick_language("en", ""), "en");
  EXPECT_EQ(pick_language("", "en"), "en");
  EXPECT_EQ(pick_language("th", "en"), "th");
  EXPECT_EQ(pick_language("fr", ""), "th");
}

}  // namespace
}  // namespace pao::i18n

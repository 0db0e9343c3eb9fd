// Attachments through the real dispatcher on both databases: a multipart form carrying its CSRF
// token as a field, and the one download route, which asks the owning module (here a test-only
// owner registered by the test itself) whether the caller may read the file.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/testing.hpp"
#include "platform/files/files.hpp"
#include "platform/files/testing.hpp"
#include "platform/http/multipart.hpp"
#include "platform/jobs/scheduler.hpp"

namespace pao::app {
namespace {

namespace json = boost::json;
using files::testing::FormPart;
using files::testing::minimal_pdf;
using files::testing::multipart_body;

const std::string kBoundary = "----pao-test-boundary-2569";
const std::string kType = "multipart/form-data; boundary=" + kBoundary;
const std::string kThaiName = "หนังสือเชิญประชุม.pdf";
const std::string kThaiNameEncoded =
    "%E0%B8%AB%E0%B8%99%E0%B8%B1%E0%B8%87%E0%B8%AA%E0%B8%B7%E0%B8%AD%E0%B9%80%E0%B8%8A"
    "%E0%B8%B4%E0%B8%8D%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B8%E0%B8%A1.pdf";

// A module of the test only: documents whose files anyone signed in may read, except those of
// document "secret"; and a form to attach a file to a document.
void register_test_owner(Registry& r) {
  r.add_file_owner("test_owner", "doc", [](http::Context& ctx, const std::string& id) {
    return ctx.principal.authenticated() && id != "secret";
  });
  r.routes()
      .post("/test/docs/{id}/files")
      .signed_in()
      .kind(http::RouteKind::json)
      .body_limit(files::kDefaultMaxFileBytes + (1 << 20))
      .handle([](http::Context& ctx) -> Result<http::Response> {
        auto form = http::parse_multipart(ctx.request);
        if (!form.ok()) return form.error();
        if (form->files.empty()) {
          return Error::invalid({"กรุณาเลือกไฟล์", "Choose a file"})
              .field("file", {"กรุณาเลือกไฟล์", "Choose a file"});
        }
        const auto stored = files::store_upload(
            ctx.db(), ctx.files(), ctx.clock().now(), audit::actor_of(ctx), form->files.front(),
            {"test_owner", "doc", ctx.request.path_param("id")});
        if (!stored.ok()) return stored.error();
        return http::Response::json(
            201, json::object{{"id", stored->id}, {"url", files::file_url(*stored)}});
      });
}

std::vector<std::string> headers_named(const http::Response& r, std::string_view name) {
  std::vector<std::string> out;
  for (const auto& [k, v] : r.headers) {
    if (k == name) out.push_back(v);
  }
  return out;
}

class FileRoutes : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    app_.add_user("somsri", {"staff"});
    session_ = app_.sign_in("somsri");
  }

  // Posts the form as a browser would: the CSRF token as the `_csrf` field, no header.
  http::Response post_form(const std::string& doc, const std::vector<FormPart>& parts) {
    return app_.send("POST", "/test/docs/" + doc + "/files", multipart_body(kBoundary, parts),
                     &session_, /*with_csrf=*/false, {{"Content-Type", kType}});
  }
  http::Response upload(const std::string& doc, const std::string& bytes, const std::string& name) {
    return post_form(doc, {{"_csrf", session_.csrf, "", ""},
                           {"file", bytes, "; filename=\"" + name + "\"", "image/jpeg"}});
  }
  // Uploads and returns the download URL.
  std::string uploaded(const std::string& doc, const std::string& bytes, const std::string& name) {
    const auto res = upload(doc, bytes, name);
    EXPECT_EQ(res.status, 201) << res.body;
    if (res.status != 201) return "/files/0/none";
    return std::string(json::parse(res.body).at("url").as_string());
  }
  std::int64_t stored_files() {
    return app_.database().acquire()->query_one("SELECT COUNT(*) FROM platform_file")->i64(0);
  }

  TestApp app_{GetParam(), register_test_owner};
  TestSession session_;
};

TEST_P(FileRoutes, AFormWithItsCsrfFieldUploadsAndTheFileDownloadsUnderItsThaiName) {
  const std::string url = uploaded("42", minimal_pdf(), kThaiName);
  EXPECT_EQ(url.find("/files/"), 0u);
  const auto res = app_.send("GET", url, "", &session_);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.body, minimal_pdf());
  EXPECT_EQ(res.content_type, "application/pdf");
  const std::string disposition = header_of(res, "Content-Disposition");
  EXPECT_TRUE(disposition.starts_with("inline; filename=\"download.pdf\"")) << disposition;
  EXPECT_NE(disposition.find("filename*=UTF-8''" + kThaiNameEncoded), std::string::npos)
      << disposition;
  EXPECT_EQ(headers_named(res, "X-Content-Type-Options"), std::vector<std::string>{"nosniff"});
  for (const auto& csp : headers_named(res, "Content-Security-Policy")) {
    EXPECT_EQ(csp.find("sandbox"), std::string::npos) << "a PDF shown inline is not sandboxed";
  }
  EXPECT_EQ(header_of(res, "Cache-Control"), "private, no-store");
}

TEST_P(FileRoutes, AMultipartFormWithoutItsCsrfFieldIsRefused) {
  const auto res =
      post_form("42", {{"file", minimal_pdf(), "; filename=\"a.pdf\"", "application/pdf"}});
  EXPECT_EQ(res.status, 403) << res.body;
  const auto wrong = post_form("42", {{"_csrf", "not-the-token", "", ""},
                                      {"file", minimal_pdf(), "; filename=\"a.pdf\"", ""}});
  EXPECT_EQ(wrong.status, 403) << wrong.body;
  EXPECT_EQ(stored_files(), 0);
}

TEST_P(FileRoutes, TheCsrfFieldMayFollowTheFile) {
  const auto res = post_form("42", {{"file", minimal_pdf(), "; filename=\"a.pdf\"", ""},
                                    {"_csrf", session_.csrf, "", ""}});
  EXPECT_EQ(res.status, 201) << res.body;
}

TEST_P(FileRoutes, AProgramIsRefusedNamingTheFileField) {
  const auto res = upload("42", files::testing::windows_program(), "report.pdf");
  ASSERT_EQ(res.status, 400) << res.body;
  EXPECT_TRUE(json::parse(res.body).at("error").at("fields").as_object().contains("file"));
  EXPECT_EQ(stored_files(), 0);
}

TEST_P(FileRoutes, TextIsSavedNotShownAndSandboxed) {
  const std::string url = uploaded("42", "<script>alert(1)</script>\n", "page.html");
  const auto res = app_.send("GET", url, "", &session_);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.content_type, "text/plain; charset=utf-8");
  EXPECT_TRUE(
      header_of(res, "Content-Disposition").starts_with("attachment; filename=\"page.html.txt\""));
  const auto csp = headers_named(res, "Content-Security-Policy");
  EXPECT_NE(std::find(csp.begin(), csp.end(), "sandbox"), csp.end());
}

TEST_P(FileRoutes, AskingToDownloadSavesAPdfInsteadOfShowingIt) {
  const std::string url = uploaded("42", minimal_pdf(), "a.pdf");
  const auto res = app_.send("GET", url + "?download=1", "", &session_);
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(header_of(res, "Content-Disposition").starts_with("attachment;"));
}

TEST_P(FileRoutes, TheOwningModuleDecidesWhoMayRead) {
  const std::string url = uploaded("secret", minimal_pdf(), "a.pdf");
  const auto res = app_.send("GET", url, "", &session_);
  EXPECT_EQ(res.status, 403);
  EXPECT_EQ(res.body.find("%PDF"), std::string::npos);
}

TEST_P(FileRoutes, AnUnknownIdIsNotFound) {
  EXPECT_EQ(app_.send("GET", "/files/999999/a.pdf", "", &session_).status, 404);
  EXPECT_EQ(app_.send("GET", "/files/abc/a.pdf", "", &session_).status, 404);
  EXPECT_EQ(app_.send("GET", "/files/0/a.pdf", "", &session_).status, 404);
  EXPECT_EQ(app_.send("GET", "/files/-1/a.pdf", "", &session_).status, 404);
}

TEST_P(FileRoutes, ADetachedFileIsNotFound) {
  const auto res = upload("42", minimal_pdf(), "a.pdf");
  const auto id = json::parse(res.body).at("id").as_int64();
  {
    auto c = app_.database().acquire();
    ASSERT_TRUE(files::detach_file(c.conn(), app_.clock().now(), audit::system_actor("test"), id,
                                   {"test_owner", "doc", "42"})
                    .ok());
  }
  EXPECT_EQ(app_.send("GET", "/files/" + std::to_string(id) + "/a.pdf", "", &session_).status, 404);
}

TEST_P(FileRoutes, AFileOfAnOwnerNoModuleClaimsIsNotFound) {
  auto c = app_.database().acquire();
  const auto f = files::store_upload(
      c.conn(), app_.app().file_store(), app_.clock().now(), audit::system_actor("test"),
      {"file", "a.pdf", "", minimal_pdf()}, {"removed_module", "doc", "1"});
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(app_.send("GET", files::file_url(*f), "", &session_).status, 404);
}

TEST_P(FileRoutes, AnonymousCallersAreAskedToSignIn) {
  const std::string url = uploaded("42", minimal_pdf(), "a.pdf");
  const auto res = app_.send("GET", url);
  EXPECT_EQ(res.status, 401);
  EXPECT_EQ(res.body.find("%PDF"), std::string::npos);
}

TEST_P(FileRoutes, TheOrphanJobIsRegisteredAndADryRunReportsItsCounts) {
  {
    auto c = app_.database().acquire();
    jobs::enqueue_job(c.conn(), "platform.files.clean_orphans", R"({"dry_run":true})",
                      app_.clock().now());
  }
  const auto outcomes = app_.app().scheduler().run_due(app_.clock());
  bool ran = false;
  for (const auto& o : outcomes) {
    if (o.run.name != "platform.files.clean_orphans") continue;
    ran = true;
    EXPECT_TRUE(o.ok) << o.message;
    EXPECT_TRUE(o.message.starts_with("dry run: would purge 0 detached rows")) << o.message;
  }
  EXPECT_TRUE(ran);
}

INSTANTIATE_TEST_SUITE_P(Files, FileRoutes, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::app

// E-mail intake: the endpoint the mail server hands messages to, and the clerk's list of e-mails
// waiting to be registered.
#include "platform/html/ctemplate.hpp"

#include <boost/json.hpp>

#include "modules/saraban/mail_intake.hpp"
#include "modules/saraban/page_kit.hpp"
#include "modules/saraban/routes.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"

namespace pao::saraban {

namespace json = boost::json;

Result<http::Response> take_mail_json(http::Context& ctx) {
  auto d = take_mail(ctx.db(), ctx.files(), ctx.clock().now(), person_of(ctx), ctx.request.body);
  if (!d.ok()) return d.error();
  return http::Response::json(201, json::object{{"id", d->id},
                                                {"message_id", d->message_id},
                                                {"from", d->from},
                                                {"subject", d->subject},
                                                {"attachments", d->attachments},
                                                {"status", d->status}});
}

Result<http::Response> mail_page(http::Context& ctx) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  ctemplate::TemplateDictionary dict("mail");
  const auto drafts = list_mail_drafts(ctx.db());
  if (drafts.empty()) {
    dict.SetValue("EMPTY",
                  html::empty_state(
                      ctx, {t("saraban.mail.empty_title"), t("saraban.mail.empty_body"), {}, {}}));
  }
  for (const auto& d : drafts) {
    auto* row = dict.AddSectionDictionary("MAIL");
    row->SetIntValue("ID", static_cast<int>(d.id));
    row->SetValue("FROM", d.from);
    row->SetValue("SUBJECT", d.subject);
    row->SetValue("RECEIVED", shown_time(ctx, d.received_at));
    row->SetIntValue("FILES", d.attachments);
    if (d.status == "draft") {
      row->ShowSection("DRAFT");
    } else if (d.letter_id) {
      row->SetIntValue("LETTER_ID", static_cast<int>(*d.letter_id));
      row->ShowSection("REGISTERED");
    }
  }
  html::PageInfo info;
  info.title = t("saraban.mail.title");
  info.section = "saraban_mail";
  return renderer.page(ctx, info, "saraban/mail", dict);
}

}  // namespace pao::saraban

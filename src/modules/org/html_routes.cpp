// The public home page: who the PAO is, its digital plan's vision and strategies, its divisions.
#include "modules/org/routes.hpp"

#include "platform/html/ctemplate.hpp"

#include "modules/org/api.hpp"
#include "modules/plan/api.hpp"
#include "platform/html/renderer.hpp"

namespace pao::org {

Result<http::Response> home_page(http::Context& ctx) {
  auto& conn = ctx.db();
  const Profile profile = get_profile(conn);
  const bool en = ctx.lang == "en";
  ctemplate::TemplateDictionary dict("home");
  dict.SetValue("NAME", en ? profile.name_en : profile.name_th);
  dict.SetValue("VISION", profile.vision_th);
  dict.SetValue("DIGITAL_VISION", en ? profile.digital_vision_en : profile.digital_vision_th);
  dict.SetValue("DIGITAL_PLAN", profile.digital_plan_th);
  for (const auto& m : profile.digital_missions_th) {
    dict.SetValueAndShowSection("TEXT", m, "MISSION");
  }
  for (const auto& s : plan::list_strategies(conn)) {
    auto* d = dict.AddSectionDictionary("STRATEGY");
    d->SetIntValue("NUMBER", s.number);
    d->SetValue("NAME", s.name_th);
    d->SetIntValue("PROJECTS", s.project_count);
    for (const auto& g : s.goals_th) d->SetValueAndShowSection("TEXT", g, "GOAL");
  }
  for (const auto& div : list_divisions(conn)) {
    auto* d = dict.AddSectionDictionary("DIVISION");
    d->SetValue("NAME", en ? div.name_en : div.name_th);
    const std::string& other = en ? div.name_th : div.short_name_th;
    if (other != div.name_th || en)
      d->SetValueAndShowSection("OTHER_NAME", other, "HAS_OTHER_NAME");
    d->SetValue("CODE", div.code);
  }
  html::PageInfo info;
  info.title = ctx.html().text(ctx.lang, "ui.home");
  info.section = "home";
  return ctx.html().page(ctx, info, "org/home", dict);
}

}  // namespace pao::org

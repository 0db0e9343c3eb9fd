#include "modules/identity/api.hpp"
#include "modules/org/api.hpp"
#include "modules/saraban/routes.hpp"
#include "platform/audit/audit_log.hpp"

namespace pao::saraban {

Person person_of(http::Context& ctx) {
  Person p;
  p.actor = audit::actor_of(ctx);
  p.name = ctx.principal.display_name.empty() ? ctx.principal.name : ctx.principal.display_name;
  p.division = ctx.principal.division;
  if (ctx.principal.kind != auth::PrincipalKind::user) return p;
  p.user_id = ctx.principal.id;
  if (const auto user = identity::find_user(ctx.db(), ctx.principal.id)) {
    if (!user->display_name.empty()) p.name = user->display_name;
    if (!user->position_code.empty()) {
      if (const auto pos = org::find_position(ctx.db(), user->position_code))
        p.position = pos->name_th;
    }
  }
  return p;
}

}  // namespace pao::saraban

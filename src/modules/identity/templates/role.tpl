{{%AUTOESCAPE context="HTML"}}{{ADMIN_NAV:none}}
<h1>[[identity.admin.role]]: {{NAME}}</h1>
{{#NOTICE}}<div class="notice" role="status" data-test="notice">{{TEXT}}</div>{{/NOTICE}}
{{ERROR_SUMMARY:none}}
<p><strong>[[identity.admin.role_key]]:</strong> <code>{{KEY}}</code></p>
{{#ADMIN}}<p class="notice" data-test="admin-role">[[identity.admin.admin_holds_all]]</p>
<div class="form">{{PERMISSIONS:none}}</div>
<p><a href="/admin/roles">[[identity.admin.back_to_roles]]</a></p>{{/ADMIN}}
{{#EDITABLE}}<form class="form" method="post" action="/admin/roles/{{KEY}}" novalidate data-test="role-permissions">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{PERMISSIONS:none}}
  <div class="actions">
    <button type="submit" class="button">[[identity.admin.save]]</button>
    <a href="/admin/roles">[[identity.admin.cancel]]</a>
  </div>
</form>{{/EDITABLE}}
{{#DELETABLE}}<form class="form" method="post" action="/admin/roles/{{KEY}}/delete" data-test="delete-role">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <p>[[identity.admin.delete_role_hint]]</p>
  <button type="submit" class="button button--danger">[[identity.admin.delete_role]]</button>
</form>{{/DELETABLE}}

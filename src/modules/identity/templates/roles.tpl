{{%AUTOESCAPE context="HTML"}}{{ADMIN_NAV:none}}
<h1>[[identity.admin.roles]]</h1>
{{ERROR_SUMMARY:none}}
<p class="muted">[[identity.admin.roles_intro]]</p>
<div class="table-wrap">
<table class="table" data-test="roles">
  <caption>[[identity.admin.all_roles]]</caption>
  <thead><tr><th scope="col">[[identity.admin.role]]</th><th scope="col">[[identity.admin.role_key]]</th><th scope="col">[[identity.admin.role_kind]]</th><th scope="col" class="num">[[identity.admin.permission_count]]</th></tr></thead>
  <tbody>
{{#ROLE}}  <tr data-test="role" data-key="{{KEY}}">
    <td><a href="/admin/roles/{{KEY}}">{{NAME}}</a></td>
    <td><code>{{KEY}}</code></td>
    <td>{{#BUILTIN}}<span class="tag">[[identity.admin.builtin]]</span>{{/BUILTIN}}{{#CUSTOM}}<span class="tag tag--off">[[identity.admin.custom]]</span>{{/CUSTOM}}</td>
    <td class="num">{{COUNT}}{{#ALL}} <span class="muted">([[identity.admin.all_permissions]])</span>{{/ALL}}</td>
  </tr>
{{/ROLE}}  </tbody>
</table>
</div>

<h2 id="add">[[identity.admin.add_role]]</h2>
<form class="form" method="post" action="/admin/roles" novalidate data-test="role-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <div class="field{{#HAS_ERROR_KEY}} field--error{{/HAS_ERROR_KEY}}">
    <label for="key">[[identity.admin.role_key]]</label>
    <span class="field__hint" id="key-hint">[[identity.admin.role_key_hint]]</span>
    {{#HAS_ERROR_KEY}}<span class="field__error" id="key-error">{{ERROR_KEY}}</span>{{/HAS_ERROR_KEY}}
    <input type="text" id="key" name="key" value="{{VALUE_KEY}}" maxlength="40" autocapitalize="none" autocomplete="off" spellcheck="false" aria-describedby="key-hint{{#HAS_ERROR_KEY}} key-error{{/HAS_ERROR_KEY}}"{{#HAS_ERROR_KEY}} aria-invalid="true"{{/HAS_ERROR_KEY}}>
  </div>
  <div class="field{{#HAS_ERROR_NAME_TH}} field--error{{/HAS_ERROR_NAME_TH}}">
    <label for="name_th">[[identity.admin.role_name_th]]</label>
    {{#HAS_ERROR_NAME_TH}}<span class="field__error" id="name_th-error">{{ERROR_NAME_TH}}</span>{{/HAS_ERROR_NAME_TH}}
    <input type="text" id="name_th" name="name_th" value="{{VALUE_NAME_TH}}" maxlength="200"{{#HAS_ERROR_NAME_TH}} aria-describedby="name_th-error" aria-invalid="true"{{/HAS_ERROR_NAME_TH}}>
  </div>
  <div class="field{{#HAS_ERROR_NAME_EN}} field--error{{/HAS_ERROR_NAME_EN}}">
    <label for="name_en">[[identity.admin.role_name_en]]</label>
    {{#HAS_ERROR_NAME_EN}}<span class="field__error" id="name_en-error">{{ERROR_NAME_EN}}</span>{{/HAS_ERROR_NAME_EN}}
    <input type="text" id="name_en" name="name_en" value="{{VALUE_NAME_EN}}" maxlength="200"{{#HAS_ERROR_NAME_EN}} aria-describedby="name_en-error" aria-invalid="true"{{/HAS_ERROR_NAME_EN}}>
  </div>
  <div class="actions"><button type="submit" class="button">[[identity.admin.add_role]]</button></div>
</form>

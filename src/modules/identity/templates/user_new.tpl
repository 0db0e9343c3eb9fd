{{%AUTOESCAPE context="HTML"}}{{ADMIN_NAV:none}}
<h1>[[identity.admin.add_user]]</h1>
{{ERROR_SUMMARY:none}}
<form class="form" method="post" action="/admin/users" novalidate data-test="user-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <div class="field{{#HAS_ERROR_USERNAME}} field--error{{/HAS_ERROR_USERNAME}}">
    <label for="username">[[identity.username]]</label>
    <span class="field__hint" id="username-hint">[[identity.admin.username_hint]]</span>
    {{#HAS_ERROR_USERNAME}}<span class="field__error" id="username-error">{{ERROR_USERNAME}}</span>{{/HAS_ERROR_USERNAME}}
    <input type="text" id="username" name="username" value="{{VALUE_USERNAME}}" maxlength="64" autocapitalize="none" autocomplete="off" spellcheck="false" aria-describedby="username-hint{{#HAS_ERROR_USERNAME}} username-error{{/HAS_ERROR_USERNAME}}"{{#HAS_ERROR_USERNAME}} aria-invalid="true"{{/HAS_ERROR_USERNAME}}>
  </div>
{{FIELDS:none}}
  <div class="field{{#HAS_ERROR_PASSWORD}} field--error{{/HAS_ERROR_PASSWORD}}">
    <label for="password">[[identity.admin.initial_password]]</label>
    <span class="field__hint" id="password-hint">[[identity.admin.initial_password_hint]]</span>
    {{#HAS_ERROR_PASSWORD}}<span class="field__error" id="password-error">{{ERROR_PASSWORD}}</span>{{/HAS_ERROR_PASSWORD}}
    <input type="password" id="password" name="password" autocomplete="new-password" aria-describedby="password-hint{{#HAS_ERROR_PASSWORD}} password-error{{/HAS_ERROR_PASSWORD}}"{{#HAS_ERROR_PASSWORD}} aria-invalid="true"{{/HAS_ERROR_PASSWORD}}>
  </div>
  <div class="actions">
    <button type="submit" class="button">[[identity.admin.add_user]]</button>
    <a href="/admin/users">[[identity.admin.cancel]]</a>
  </div>
</form>

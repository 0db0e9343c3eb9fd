{{%AUTOESCAPE context="HTML"}}<h1>[[identity.my_account]]</h1>
{{#HAS_NOTICE}}<div class="notice" role="status">{{NOTICE}}</div>{{/HAS_NOTICE}}
{{ERROR_SUMMARY:none}}
{{#PERSON}}
<section aria-labelledby="me-title">
<h2 id="me-title" class="visually-hidden">[[identity.my_details]]</h2>
<dl class="details">
  <dt>[[identity.display_name]]</dt><dd>{{DISPLAY_NAME}}</dd>
  <dt>[[identity.username]]</dt><dd>{{USERNAME}}</dd>
  <dt>[[identity.division]]</dt><dd>{{DIVISION}}</dd>
  <dt>[[identity.position]]</dt><dd>{{POSITION}}</dd>
  <dt>[[identity.email]]</dt><dd>{{EMAIL}}</dd>
  <dt>[[identity.phone]]</dt><dd>{{PHONE}}</dd>
  <dt>[[identity.roles]]</dt><dd>{{#ROLE}}<span class="tag">{{NAME}}{{#SCOPED}} · {{SCOPE}}{{/SCOPED}}</span> {{/ROLE}}</dd>
</dl>
</section>

<section aria-labelledby="password-title">
<h2 id="password-title">[[identity.change_password]]</h2>
<form class="form form--narrow" method="post" action="/account/password" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <input type="text" name="username" value="{{USERNAME}}" autocomplete="username" hidden>
  <div class="field{{#HAS_ERROR_CURRENT_PASSWORD}} field--error{{/HAS_ERROR_CURRENT_PASSWORD}}">
    <label for="current_password">[[identity.current_password]]</label>
    {{#HAS_ERROR_CURRENT_PASSWORD}}<span class="field__error">{{ERROR_CURRENT_PASSWORD}}</span>{{/HAS_ERROR_CURRENT_PASSWORD}}
    <input type="password" id="current_password" name="current_password" autocomplete="current-password" required>
  </div>
  <div class="field{{#HAS_ERROR_NEW_PASSWORD}} field--error{{/HAS_ERROR_NEW_PASSWORD}}">
    <label for="new_password">[[identity.new_password]]</label>
    <span class="field__hint">[[identity.password_rule]]</span>
    {{#HAS_ERROR_NEW_PASSWORD}}<span class="field__error">{{ERROR_NEW_PASSWORD}}</span>{{/HAS_ERROR_NEW_PASSWORD}}
    <input type="password" id="new_password" name="new_password" autocomplete="new-password" required>
  </div>
  <div class="field{{#HAS_ERROR_CONFIRM_PASSWORD}} field--error{{/HAS_ERROR_CONFIRM_PASSWORD}}">
    <label for="confirm_password">[[identity.confirm_password]]</label>
    {{#HAS_ERROR_CONFIRM_PASSWORD}}<span class="field__error">{{ERROR_CONFIRM_PASSWORD}}</span>{{/HAS_ERROR_CONFIRM_PASSWORD}}
    <input type="password" id="confirm_password" name="confirm_password" autocomplete="new-password" required>
  </div>
  <div class="actions"><button type="submit" class="button">[[identity.change_password]]</button></div>
</form>
</section>

<section aria-labelledby="sessions-title">
<h2 id="sessions-title">[[identity.sessions]]</h2>
<div class="table-wrap"><table class="table">
  <caption class="visually-hidden">[[identity.sessions]]</caption>
  <thead><tr><th scope="col">[[identity.signed_in_at]]</th><th scope="col">[[identity.last_seen]]</th><th scope="col">[[identity.address]]</th><th scope="col">[[identity.browser]]</th></tr></thead>
  <tbody>
  {{#SESSION}}<tr><td><time datetime="{{CREATED_AT_UTC}}">{{CREATED_AT}}</time>{{#CURRENT}} <span class="tag">[[identity.this_device]]</span>{{/CURRENT}}</td><td><time datetime="{{LAST_SEEN_AT_UTC}}">{{LAST_SEEN_AT}}</time></td><td>{{IP}}</td><td>{{AGENT}}</td></tr>
  {{/SESSION}}
  </tbody>
</table></div>
<form method="post" action="/account/sign-out-everywhere">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button button--secondary">[[identity.sign_out_everywhere]]</button>
</form>
</section>
{{/PERSON}}

{{%AUTOESCAPE context="HTML"}}<div class="form form--narrow">
<h1>[[ui.sign_in]]</h1>
{{ERROR_SUMMARY:none}}
<p class="muted">[[identity.sign_in_hint]]</p>
<form method="post" action="/login" novalidate>
  <input type="hidden" name="next" value="{{NEXT}}">
  <div class="field{{#HAS_ERROR_USERNAME}} field--error{{/HAS_ERROR_USERNAME}}">
    <label for="username">[[identity.username]]</label>
    {{#HAS_ERROR_USERNAME}}<span class="field__error" id="username-error">{{ERROR_USERNAME}}</span>{{/HAS_ERROR_USERNAME}}
    <input type="text" id="username" name="username" value="{{USERNAME}}" autocomplete="username"
      autocapitalize="none" spellcheck="false" required{{#HAS_ERROR_USERNAME}} aria-describedby="username-error" aria-invalid="true"{{/HAS_ERROR_USERNAME}}>
  </div>
  <div class="field{{#HAS_ERROR_PASSWORD}} field--error{{/HAS_ERROR_PASSWORD}}">
    <label for="password">[[identity.password]]</label>
    {{#HAS_ERROR_PASSWORD}}<span class="field__error" id="password-error">{{ERROR_PASSWORD}}</span>{{/HAS_ERROR_PASSWORD}}
    <input type="password" id="password" name="password" autocomplete="current-password" required{{#HAS_ERROR_PASSWORD}} aria-describedby="password-error" aria-invalid="true"{{/HAS_ERROR_PASSWORD}}>
  </div>
  <div class="actions"><button type="submit" class="button">[[ui.sign_in]]</button></div>
</form>
<p class="muted">[[identity.forgot_password]]</p>
</div>

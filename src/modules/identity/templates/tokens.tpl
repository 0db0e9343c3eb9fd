{{%AUTOESCAPE context="HTML"}}{{ADMIN_NAV:none}}
<h1>[[identity.admin.tokens]]</h1>
{{SHOWN_ONCE:none}}
{{#NOTICE}}<div class="notice" role="status" data-test="notice">{{TEXT}}</div>{{/NOTICE}}
{{ERROR_SUMMARY:none}}
<p class="muted">[[identity.admin.tokens_intro]]</p>
{{#HAS_TOKENS}}<div class="table-wrap">
<table class="table" data-test="tokens">
  <caption>[[identity.admin.all_tokens]]</caption>
  <thead><tr><th scope="col">[[identity.admin.token_name]]</th><th scope="col">[[identity.admin.token_scopes]]</th><th scope="col">[[identity.admin.issued]]</th><th scope="col">[[identity.admin.token_expires]]</th><th scope="col">[[identity.admin.last_used]]</th><th scope="col">[[identity.admin.status]]</th><th scope="col"><span class="visually-hidden">[[identity.admin.revoke]]</span></th></tr></thead>
  <tbody>
{{#TOKEN}}  <tr data-test="token" data-name="{{NAME}}">
    <td><code>{{NAME}}</code></td>
    <td><ul class="list-plain">{{#SCOPE}}<li><code>{{KEY}}</code></li>{{/SCOPE}}</ul></td>
    <td>{{CREATED_BY}}<br><small class="muted"><time datetime="{{CREATED_AT_UTC}}">{{CREATED_AT}}</time></small></td>
    <td>{{#EXPIRES}}<time datetime="{{EXPIRES_UTC}}">{{EXPIRES_TEXT}}</time>{{/EXPIRES}}{{#NEVER_EXPIRES}}<span class="muted">[[identity.admin.never_expires]]</span>{{/NEVER_EXPIRES}}</td>
    <td>{{#USED}}<time datetime="{{LAST_USED_UTC}}">{{LAST_USED}}</time>{{/USED}}{{#NEVER_USED}}<span class="muted">[[identity.admin.never_used]]</span>{{/NEVER_USED}}</td>
    <td class="nowrap">{{#IN_USE}}<span class="tag">[[identity.admin.token_in_use]]</span>{{/IN_USE}}{{#EXPIRED}}<span class="tag tag--off">[[identity.admin.token_expired]]</span>{{/EXPIRED}}{{#REVOKED}}<span class="tag tag--off">[[identity.admin.token_revoked_tag]]</span><br><small class="muted"><time datetime="{{REVOKED_AT_UTC}}">{{REVOKED_AT}}</time></small>{{/REVOKED}}</td>
    <td>{{#CAN_REVOKE}}<form method="post" action="/admin/tokens/{{ID}}/revoke" data-test="revoke">
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <button type="submit" class="button button--secondary button--small">[[identity.admin.revoke]]<span class="visually-hidden"> {{NAME}}</span></button>
    </form>{{/CAN_REVOKE}}</td>
  </tr>
{{/TOKEN}}  </tbody>
</table>
</div>{{/HAS_TOKENS}}
{{#NO_TOKENS}}<p class="muted" data-test="no-tokens">[[identity.admin.no_tokens]]</p>{{/NO_TOKENS}}

<h2 id="create">[[identity.admin.create_token]]</h2>
<form class="form" method="post" action="/admin/tokens" novalidate data-test="token-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <div class="field{{#HAS_ERROR_NAME}} field--error{{/HAS_ERROR_NAME}}">
    <label for="name">[[identity.admin.token_name]]</label>
    <span class="field__hint" id="name-hint">[[identity.admin.token_name_hint]]</span>
    {{#HAS_ERROR_NAME}}<span class="field__error" id="name-error">{{ERROR_NAME}}</span>{{/HAS_ERROR_NAME}}
    <input type="text" id="name" name="name" value="{{VALUE_NAME}}" maxlength="64" autocapitalize="none" autocomplete="off" spellcheck="false" aria-describedby="name-hint{{#HAS_ERROR_NAME}} name-error{{/HAS_ERROR_NAME}}"{{#HAS_ERROR_NAME}} aria-invalid="true"{{/HAS_ERROR_NAME}}>
  </div>
{{SCOPES:none}}
  <div class="field{{#HAS_ERROR_EXPIRES_AT}} field--error{{/HAS_ERROR_EXPIRES_AT}}">
    <label for="expires_at">[[identity.admin.token_expires]]</label>
    <span class="field__hint" id="expires_at-hint">[[identity.admin.token_expires_hint]]</span>
    {{#HAS_ERROR_EXPIRES_AT}}<span class="field__error" id="expires_at-error">{{ERROR_EXPIRES_AT}}</span>{{/HAS_ERROR_EXPIRES_AT}}
    <input type="date" id="expires_at" name="expires_at" value="{{VALUE_EXPIRES_AT}}" aria-describedby="expires_at-hint{{#HAS_ERROR_EXPIRES_AT}} expires_at-error{{/HAS_ERROR_EXPIRES_AT}}"{{#HAS_ERROR_EXPIRES_AT}} aria-invalid="true"{{/HAS_ERROR_EXPIRES_AT}}>
  </div>
  <div class="actions"><button type="submit" class="button">[[identity.admin.create_token]]</button></div>
</form>

{{%AUTOESCAPE context="HTML"}}{{ADMIN_NAV:none}}
<h1>{{DISPLAY_NAME}}</h1>
{{SHOWN_ONCE:none}}
{{#NOTICE}}<div class="notice" role="status" data-test="notice">{{TEXT}}</div>{{/NOTICE}}
{{ERROR_SUMMARY:none}}
<section aria-labelledby="details-title">
<h2 id="details-title">[[identity.admin.details]]</h2>
<dl class="details" data-test="user-details">
  <dt>[[identity.username]]</dt><dd><code>{{USERNAME}}</code></dd>
  <dt>[[identity.admin.status]]</dt><dd>{{#ACTIVE}}<span class="tag">[[identity.admin.active]]</span>{{/ACTIVE}}{{#INACTIVE}}<span class="tag tag--off">[[identity.admin.inactive]]</span>{{/INACTIVE}}</dd>
  <dt>[[identity.division]]</dt><dd>{{DIVISION}}</dd>
  <dt>[[identity.position]]</dt><dd>{{POSITION}}</dd>
  <dt>[[identity.email]]</dt><dd>{{EMAIL}}</dd>
  <dt>[[identity.phone]]</dt><dd>{{PHONE}}</dd>
  <dt>[[identity.roles]]</dt><dd>{{#ROLE}}<span class="tag">{{NAME}}{{#SCOPED}} · {{SCOPE}}{{/SCOPED}}</span> {{/ROLE}}{{#NO_ROLES}}—{{/NO_ROLES}}</dd>
  <dt>[[identity.admin.created_at]]</dt><dd><time datetime="{{CREATED_AT_UTC}}">{{CREATED_AT}}</time></dd>
  <dt>[[identity.admin.updated_at]]</dt><dd><time datetime="{{UPDATED_AT_UTC}}">{{UPDATED_AT}}</time></dd>
</dl>
</section>
{{#CAN_MANAGE}}
<section aria-labelledby="edit-title">
<h2 id="edit-title">[[identity.admin.edit_user]]</h2>
<form class="form" method="post" action="/admin/users/{{ID}}" novalidate data-test="user-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{FIELDS:none}}
  <div class="field">
    <label class="checkbox" for="active"><input type="checkbox" id="active" name="active" value="1"{{#ACTIVE_CHECKED}} checked{{/ACTIVE_CHECKED}} aria-describedby="active-hint"> <span>[[identity.admin.account_active]]</span></label>
    <span class="field__hint" id="active-hint">[[identity.admin.active_hint]]</span>
  </div>
  <div class="actions">
    <button type="submit" class="button">[[identity.admin.save]]</button>
    <a href="/admin/users">[[identity.admin.cancel]]</a>
  </div>
</form>
</section>
<section aria-labelledby="reset-title">
<h2 id="reset-title">[[identity.admin.reset_password]]</h2>
<p class="muted" id="reset-hint">[[identity.admin.reset_password_hint]]</p>
<form method="post" action="/admin/users/{{ID}}/password" data-test="reset-password">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button button--secondary" aria-describedby="reset-hint">[[identity.admin.reset_password_button]]</button>
</form>
</section>
{{/CAN_MANAGE}}
<section aria-labelledby="history-title">
<h2 id="history-title">[[identity.admin.history]]</h2>
{{#HAS_HISTORY}}<div class="table-wrap">
<table class="table" data-test="history">
  <caption>[[identity.admin.history_caption]]</caption>
  <thead><tr><th scope="col">[[identity.admin.when]]</th><th scope="col">[[identity.admin.by]]</th><th scope="col">[[identity.admin.what]]</th><th scope="col">[[identity.admin.changes]]</th></tr></thead>
  <tbody>
{{#ENTRY}}  <tr data-test="history-entry" data-action="{{ACTION_CODE}}">
    <td><time datetime="{{AT_UTC}}">{{AT}}</time></td>
    <td>{{ACTOR}}{{#HAS_KIND}} <span class="tag">{{KIND}}</span>{{/HAS_KIND}}</td>
    <td>{{ACTION}}</td>
    <td><ul class="list-plain">{{#CHANGE}}
      <li>{{#HAS_FIELD}}<strong>{{FIELD}}</strong>: {{/HAS_FIELD}}{{#NOTE}}{{VALUE}}{{/NOTE}}{{#DIFF}}<span class="muted">{{BEFORE}}</span> → {{AFTER}}{{/DIFF}}</li>{{/CHANGE}}
    </ul></td>
  </tr>
{{/ENTRY}}  </tbody>
</table>
</div>{{/HAS_HISTORY}}
{{#NO_HISTORY}}<p class="muted">[[identity.admin.no_history]]</p>{{/NO_HISTORY}}
{{#FULL_TRAIL}}<p><a href="{{HREF}}">[[identity.admin.full_trail]]</a></p>{{/FULL_TRAIL}}
</section>

{{%AUTOESCAPE context="HTML"}}{{ADMIN_NAV:none}}
<h1>[[org.divisions]]</h1>
{{ERROR_SUMMARY:none}}
{{#NOTICE}}<div class="notice" role="status" data-test="notice">{{TEXT}}</div>{{/NOTICE}}
<p class="muted">[[org.admin.divisions_intro]]</p>
<div class="table-wrap">
<table class="table">
  <caption>[[org.admin.all_divisions]]</caption>
  <thead><tr><th scope="col" class="num">[[org.col.order]]</th><th scope="col">[[org.col.code]]</th><th scope="col">[[org.col.name_th]]</th><th scope="col">[[org.col.short_name_th]]</th><th scope="col">[[org.col.name_en]]</th><th scope="col">[[org.admin.status]]</th><th scope="col">[[org.admin.edit]]</th></tr></thead>
  <tbody>
  {{#ROW}}<tr data-test="division" data-code="{{CODE}}"><td class="num">{{SORT_ORDER}}</td><td><code>{{CODE}}</code></td><td>{{NAME_TH}}</td><td>{{SHORT_NAME_TH}}</td><td>{{NAME_EN}}</td><td>{{#ACTIVE}}<span class="tag">[[org.admin.active]]</span>{{/ACTIVE}}{{#INACTIVE}}<span class="tag tag--off">[[org.admin.inactive]]</span>{{/INACTIVE}}</td><td><a href="/admin/divisions/{{CODE}}" aria-label="[[org.admin.edit]] {{NAME_TH}}">[[org.admin.edit]]</a></td></tr>
  {{/ROW}}
  </tbody>
</table>
</div>

<h2 id="add">[[org.admin.add_division]]</h2>
<form class="form" method="post" action="/admin/divisions" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#HAS_ERROR_CODE}} field--error{{/HAS_ERROR_CODE}}">
  <label for="code">[[org.field.code]]</label>
  <span class="field__hint" id="code-hint">[[org.hint.code]]</span>
  {{#HAS_ERROR_CODE}}<span class="field__error" id="code-error">{{ERROR_CODE}}</span>{{/HAS_ERROR_CODE}}
  <input type="text" id="code" name="code" value="{{VALUE_CODE}}" autocapitalize="none" autocomplete="off" spellcheck="false" aria-describedby="code-hint{{#HAS_ERROR_CODE}} code-error{{/HAS_ERROR_CODE}}"{{#HAS_ERROR_CODE}} aria-invalid="true"{{/HAS_ERROR_CODE}}>
</div>
<div class="field{{#HAS_ERROR_NAME_TH}} field--error{{/HAS_ERROR_NAME_TH}}">
  <label for="name_th">[[org.field.division_name_th]]</label>
  {{#HAS_ERROR_NAME_TH}}<span class="field__error" id="name_th-error">{{ERROR_NAME_TH}}</span>{{/HAS_ERROR_NAME_TH}}
  <input type="text" id="name_th" name="name_th" value="{{VALUE_NAME_TH}}"{{#HAS_ERROR_NAME_TH}} aria-describedby="name_th-error" aria-invalid="true"{{/HAS_ERROR_NAME_TH}}>
</div>
<div class="field{{#HAS_ERROR_SHORT_NAME_TH}} field--error{{/HAS_ERROR_SHORT_NAME_TH}}">
  <label for="short_name_th">[[org.field.short_name_th]]</label>
  <span class="field__hint" id="short_name_th-hint">[[org.hint.division_short_name_th]]</span>
  {{#HAS_ERROR_SHORT_NAME_TH}}<span class="field__error" id="short_name_th-error">{{ERROR_SHORT_NAME_TH}}</span>{{/HAS_ERROR_SHORT_NAME_TH}}
  <input type="text" id="short_name_th" name="short_name_th" value="{{VALUE_SHORT_NAME_TH}}" aria-describedby="short_name_th-hint{{#HAS_ERROR_SHORT_NAME_TH}} short_name_th-error{{/HAS_ERROR_SHORT_NAME_TH}}"{{#HAS_ERROR_SHORT_NAME_TH}} aria-invalid="true"{{/HAS_ERROR_SHORT_NAME_TH}}>
</div>
<div class="field{{#HAS_ERROR_NAME_EN}} field--error{{/HAS_ERROR_NAME_EN}}">
  <label for="name_en">[[org.field.division_name_en]]</label>
  {{#HAS_ERROR_NAME_EN}}<span class="field__error" id="name_en-error">{{ERROR_NAME_EN}}</span>{{/HAS_ERROR_NAME_EN}}
  <input type="text" id="name_en" name="name_en" value="{{VALUE_NAME_EN}}"{{#HAS_ERROR_NAME_EN}} aria-describedby="name_en-error" aria-invalid="true"{{/HAS_ERROR_NAME_EN}}>
</div>
<div class="field{{#HAS_ERROR_SORT_ORDER}} field--error{{/HAS_ERROR_SORT_ORDER}}">
  <label for="sort_order">[[org.field.sort_order]]</label>
  <span class="field__hint" id="sort_order-hint">[[org.hint.sort_order_new]]</span>
  {{#HAS_ERROR_SORT_ORDER}}<span class="field__error" id="sort_order-error">{{ERROR_SORT_ORDER}}</span>{{/HAS_ERROR_SORT_ORDER}}
  <input type="text" inputmode="numeric" id="sort_order" name="sort_order" value="{{VALUE_SORT_ORDER}}" aria-describedby="sort_order-hint{{#HAS_ERROR_SORT_ORDER}} sort_order-error{{/HAS_ERROR_SORT_ORDER}}"{{#HAS_ERROR_SORT_ORDER}} aria-invalid="true"{{/HAS_ERROR_SORT_ORDER}}>
</div>
<div class="actions">
  <button type="submit" class="button">[[org.admin.add_division]]</button>
</div>
</form>

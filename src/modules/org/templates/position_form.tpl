{{%AUTOESCAPE context="HTML"}}{{ADMIN_NAV:none}}
<h1>[[org.admin.edit_position]]: {{NAME}}</h1>
{{ERROR_SUMMARY:none}}
<form class="form" method="post" action="/admin/positions/{{CODE}}" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<p><strong>[[org.field.code]]:</strong> <code data-test="code">{{CODE}}</code>
  <span class="muted">([[org.hint.code_fixed]])</span></p>
<div class="field{{#HAS_ERROR_NAME_TH}} field--error{{/HAS_ERROR_NAME_TH}}">
  <label for="name_th">[[org.field.position_name_th]]</label>
  {{#HAS_ERROR_NAME_TH}}<span class="field__error" id="name_th-error">{{ERROR_NAME_TH}}</span>{{/HAS_ERROR_NAME_TH}}
  <input type="text" id="name_th" name="name_th" value="{{VALUE_NAME_TH}}"{{#HAS_ERROR_NAME_TH}} aria-describedby="name_th-error" aria-invalid="true"{{/HAS_ERROR_NAME_TH}}>
</div>
<div class="field{{#HAS_ERROR_NAME_EN}} field--error{{/HAS_ERROR_NAME_EN}}">
  <label for="name_en">[[org.field.position_name_en]]</label>
  {{#HAS_ERROR_NAME_EN}}<span class="field__error" id="name_en-error">{{ERROR_NAME_EN}}</span>{{/HAS_ERROR_NAME_EN}}
  <input type="text" id="name_en" name="name_en" value="{{VALUE_NAME_EN}}"{{#HAS_ERROR_NAME_EN}} aria-describedby="name_en-error" aria-invalid="true"{{/HAS_ERROR_NAME_EN}}>
</div>
<div class="field{{#HAS_ERROR_SORT_ORDER}} field--error{{/HAS_ERROR_SORT_ORDER}}">
  <label for="sort_order">[[org.field.sort_order]]</label>
  <span class="field__hint" id="sort_order-hint">[[org.hint.sort_order]]</span>
  {{#HAS_ERROR_SORT_ORDER}}<span class="field__error" id="sort_order-error">{{ERROR_SORT_ORDER}}</span>{{/HAS_ERROR_SORT_ORDER}}
  <input type="text" inputmode="numeric" id="sort_order" name="sort_order" value="{{VALUE_SORT_ORDER}}" aria-describedby="sort_order-hint{{#HAS_ERROR_SORT_ORDER}} sort_order-error{{/HAS_ERROR_SORT_ORDER}}"{{#HAS_ERROR_SORT_ORDER}} aria-invalid="true"{{/HAS_ERROR_SORT_ORDER}}>
</div>
<div class="field">
  <label class="checkbox" for="active"><input type="checkbox" id="active" name="active" value="1"{{#ACTIVE_CHECKED}} checked{{/ACTIVE_CHECKED}} aria-describedby="active-hint"> [[org.field.active]]</label>
  <span class="field__hint" id="active-hint">[[org.hint.active_position]]</span>
</div>
<div class="actions">
  <button type="submit" class="button">[[org.admin.save]]</button>
  <a href="/admin/positions">[[org.admin.cancel]]</a>
</div>
</form>

{{%AUTOESCAPE context="HTML"}}{{ADMIN_NAV:none}}
<h1>[[org.admin.profile]]</h1>
{{ERROR_SUMMARY:none}}
{{#NOTICE}}<div class="notice" role="status" data-test="notice">{{TEXT}}</div>{{/NOTICE}}
<p class="muted">[[org.admin.profile_intro]]</p>
<form class="form" method="post" action="/admin/org" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#HAS_ERROR_NAME_TH}} field--error{{/HAS_ERROR_NAME_TH}}">
  <label for="name_th">[[org.field.name_th]]</label>
  {{#HAS_ERROR_NAME_TH}}<span class="field__error" id="name_th-error">{{ERROR_NAME_TH}}</span>{{/HAS_ERROR_NAME_TH}}
  <input type="text" id="name_th" name="name_th" value="{{VALUE_NAME_TH}}"{{#HAS_ERROR_NAME_TH}} aria-describedby="name_th-error" aria-invalid="true"{{/HAS_ERROR_NAME_TH}}>
</div>
<div class="field{{#HAS_ERROR_SHORT_NAME_TH}} field--error{{/HAS_ERROR_SHORT_NAME_TH}}">
  <label for="short_name_th">[[org.field.short_name_th]]</label>
  <span class="field__hint" id="short_name_th-hint">[[org.hint.short_name_th]]</span>
  {{#HAS_ERROR_SHORT_NAME_TH}}<span class="field__error" id="short_name_th-error">{{ERROR_SHORT_NAME_TH}}</span>{{/HAS_ERROR_SHORT_NAME_TH}}
  <input type="text" id="short_name_th" name="short_name_th" value="{{VALUE_SHORT_NAME_TH}}" aria-describedby="short_name_th-hint{{#HAS_ERROR_SHORT_NAME_TH}} short_name_th-error{{/HAS_ERROR_SHORT_NAME_TH}}"{{#HAS_ERROR_SHORT_NAME_TH}} aria-invalid="true"{{/HAS_ERROR_SHORT_NAME_TH}}>
</div>
<div class="field{{#HAS_ERROR_NAME_EN}} field--error{{/HAS_ERROR_NAME_EN}}">
  <label for="name_en">[[org.field.name_en]]</label>
  {{#HAS_ERROR_NAME_EN}}<span class="field__error" id="name_en-error">{{ERROR_NAME_EN}}</span>{{/HAS_ERROR_NAME_EN}}
  <input type="text" id="name_en" name="name_en" value="{{VALUE_NAME_EN}}"{{#HAS_ERROR_NAME_EN}} aria-describedby="name_en-error" aria-invalid="true"{{/HAS_ERROR_NAME_EN}}>
</div>
<div class="field{{#HAS_ERROR_SHORT_NAME_EN}} field--error{{/HAS_ERROR_SHORT_NAME_EN}}">
  <label for="short_name_en">[[org.field.short_name_en]]</label>
  {{#HAS_ERROR_SHORT_NAME_EN}}<span class="field__error" id="short_name_en-error">{{ERROR_SHORT_NAME_EN}}</span>{{/HAS_ERROR_SHORT_NAME_EN}}
  <input type="text" id="short_name_en" name="short_name_en" value="{{VALUE_SHORT_NAME_EN}}"{{#HAS_ERROR_SHORT_NAME_EN}} aria-describedby="short_name_en-error" aria-invalid="true"{{/HAS_ERROR_SHORT_NAME_EN}}>
</div>
<div class="field{{#HAS_ERROR_PROVINCE_TH}} field--error{{/HAS_ERROR_PROVINCE_TH}}">
  <label for="province_th">[[org.field.province_th]]</label>
  {{#HAS_ERROR_PROVINCE_TH}}<span class="field__error" id="province_th-error">{{ERROR_PROVINCE_TH}}</span>{{/HAS_ERROR_PROVINCE_TH}}
  <input type="text" id="province_th" name="province_th" value="{{VALUE_PROVINCE_TH}}"{{#HAS_ERROR_PROVINCE_TH}} aria-describedby="province_th-error" aria-invalid="true"{{/HAS_ERROR_PROVINCE_TH}}>
</div>
<div class="field{{#HAS_ERROR_VISION_TH}} field--error{{/HAS_ERROR_VISION_TH}}">
  <label for="vision_th">[[org.field.vision_th]]</label>
  {{#HAS_ERROR_VISION_TH}}<span class="field__error" id="vision_th-error">{{ERROR_VISION_TH}}</span>{{/HAS_ERROR_VISION_TH}}
  <textarea id="vision_th" name="vision_th" rows="3"{{#HAS_ERROR_VISION_TH}} aria-describedby="vision_th-error" aria-invalid="true"{{/HAS_ERROR_VISION_TH}}>{{VALUE_VISION_TH}}</textarea>
</div>
<div class="field{{#HAS_ERROR_DIGITAL_PLAN_TH}} field--error{{/HAS_ERROR_DIGITAL_PLAN_TH}}">
  <label for="digital_plan_th">[[org.field.digital_plan_th]]</label>
  {{#HAS_ERROR_DIGITAL_PLAN_TH}}<span class="field__error" id="digital_plan_th-error">{{ERROR_DIGITAL_PLAN_TH}}</span>{{/HAS_ERROR_DIGITAL_PLAN_TH}}
  <input type="text" id="digital_plan_th" name="digital_plan_th" value="{{VALUE_DIGITAL_PLAN_TH}}"{{#HAS_ERROR_DIGITAL_PLAN_TH}} aria-describedby="digital_plan_th-error" aria-invalid="true"{{/HAS_ERROR_DIGITAL_PLAN_TH}}>
</div>
<div class="field{{#HAS_ERROR_DIGITAL_VISION_TH}} field--error{{/HAS_ERROR_DIGITAL_VISION_TH}}">
  <label for="digital_vision_th">[[org.field.digital_vision_th]]</label>
  {{#HAS_ERROR_DIGITAL_VISION_TH}}<span class="field__error" id="digital_vision_th-error">{{ERROR_DIGITAL_VISION_TH}}</span>{{/HAS_ERROR_DIGITAL_VISION_TH}}
  <textarea id="digital_vision_th" name="digital_vision_th" rows="3"{{#HAS_ERROR_DIGITAL_VISION_TH}} aria-describedby="digital_vision_th-error" aria-invalid="true"{{/HAS_ERROR_DIGITAL_VISION_TH}}>{{VALUE_DIGITAL_VISION_TH}}</textarea>
</div>
<div class="field{{#HAS_ERROR_DIGITAL_VISION_EN}} field--error{{/HAS_ERROR_DIGITAL_VISION_EN}}">
  <label for="digital_vision_en">[[org.field.digital_vision_en]]</label>
  {{#HAS_ERROR_DIGITAL_VISION_EN}}<span class="field__error" id="digital_vision_en-error">{{ERROR_DIGITAL_VISION_EN}}</span>{{/HAS_ERROR_DIGITAL_VISION_EN}}
  <textarea id="digital_vision_en" name="digital_vision_en" rows="3"{{#HAS_ERROR_DIGITAL_VISION_EN}} aria-describedby="digital_vision_en-error" aria-invalid="true"{{/HAS_ERROR_DIGITAL_VISION_EN}}>{{VALUE_DIGITAL_VISION_EN}}</textarea>
</div>
<div class="actions">
  <button type="submit" class="button">[[org.admin.save]]</button>
</div>
</form>

{{%AUTOESCAPE context="HTML"}}<h1>[[saraban.settings.title]]</h1>
<p class="muted">[[saraban.settings.intro]]</p>
{{ERROR_SUMMARY:none}}
{{#PREVIEW}}<p class="notice" role="status" data-test="preview-notice">[[saraban.settings.preview_notice]]</p>{{/PREVIEW}}
<form class="form" method="post" action="/saraban/settings" novalidate data-test="settings-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{AGENCY_FIELD:none}}
  {{#REGISTER}}<div class="card">
    {{FIELD:none}}
    <p>[[saraban.settings.next]] ({{NEXT_NO}}): <strong data-test="preview-{{CODE}}">{{NEXT_REFERENCE}}</strong></p>
  </div>
  {{/REGISTER}}
  <div class="actions">
    <button type="submit" class="button" name="do" value="save">[[saraban.settings.save]]</button>
    <button type="submit" class="button button--secondary" name="do" value="preview" data-test="preview">[[saraban.settings.preview]]</button>
  </div>
</form>

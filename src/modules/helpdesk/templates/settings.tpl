{{%AUTOESCAPE context="HTML"}}<h1>[[helpdesk.settings]]</h1>
<p class="muted">[[helpdesk.settings_intro]] ([[helpdesk.sla]] [[helpdesk.sla_version]] {{SLA_VERSION}})</p>
{{ERROR_SUMMARY:none}}
<form class="form" method="post" action="/helpdesk/settings" novalidate data-test="settings-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{#PRIORITY}}<fieldset class="choices"><legend>[[helpdesk.field.priority]]: {{NAME}}</legend>
    {{OWN:none}}
    {{RESOLVE:none}}
  </fieldset>{{/PRIORITY}}
  {{DIVISION_FIELD:none}}
  <div class="actions"><button type="submit" class="button">[[helpdesk.save]]</button></div>
</form>

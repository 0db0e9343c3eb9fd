{{%AUTOESCAPE context="HTML"}}<h1>[[plan.settings_title]]</h1>
{{ERROR_SUMMARY:none}}
<p class="lead">[[plan.settings_intro]]</p>
<form class="form" method="post" action="/plan/settings" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{MARGIN_FIELD:none}}
  <div class="actions"><button type="submit" class="button" data-test="save-margin">[[plan.settings_submit]]</button></div>
</form>

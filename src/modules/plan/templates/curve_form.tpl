{{%AUTOESCAPE context="HTML"}}<h1>[[plan.curve_title]]</h1>
<p class="lead">{{PROJECT}}</p>
{{ERROR_SUMMARY:none}}
<form class="form" method="post" action="/plan/projects/{{ID}}/curve" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <fieldset class="field{{#HAS_CURVE_ERROR}} field--error{{/HAS_CURVE_ERROR}}" id="points">
    <legend>[[plan.curve_legend]]</legend>
    {{#HAS_CURVE_ERROR}}<p class="field__error">{{CURVE_ERROR}}</p>{{/HAS_CURVE_ERROR}}
    {{#FIELDS}}{{FIELD:none}}
    {{/FIELDS}}
  </fieldset>
  <div class="actions"><button type="submit" class="button" data-test="save-curve">[[plan.curve_submit]]</button></div>
</form>

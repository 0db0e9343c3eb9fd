{{%AUTOESCAPE context="HTML"}}<h1>[[plan.kpi_form_title]]</h1>
<p class="lead">{{PROJECT}}</p>
{{ERROR_SUMMARY:none}}
<form class="form" method="post" action="/plan/projects/{{ID}}/kpis" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{#FIELDS}}{{FIELD:none}}
  {{/FIELDS}}
  <div class="actions"><button type="submit" class="button" data-test="add-kpi">[[plan.kpi_submit]]</button></div>
</form>

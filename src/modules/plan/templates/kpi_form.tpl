{{%AUTOESCAPE context="HTML"}}<h1>{{TITLE}}</h1>
<p class="lead">{{PROJECT}}</p>
{{ERROR_SUMMARY:none}}
{{#RETIRED}}<p data-test="kpi-retired"><span class="tag">[[plan.kpi_retired]]</span> [[plan.kpi_retired_since]] {{SINCE}}. [[plan.kpi_retired_hint]]</p>{{/RETIRED}}
<form class="form" method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{#FIELDS}}{{FIELD:none}}
  {{/FIELDS}}
  <div class="actions"><button type="submit" class="button" data-test="{{SUBMIT_TEST}}">{{SUBMIT}}</button> <a class="button button--secondary" href="/plan/projects/{{ID}}#kpis">[[plan.back_to_project]]</a></div>
</form>
{{#REMOVE}}<h2 id="remove">[[plan.kpi_remove_title]]</h2>
<dl class="details"><dt>[[plan.kpi_reports_carry]]</dt><dd data-test="kpi-reports">{{REPORTS}}</dd></dl>
{{#CAN_DELETE}}<p>[[plan.kpi_delete_hint]]</p>
<form method="post" action="{{BASE}}/delete">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <div class="actions"><button type="submit" class="button button--danger" data-test="delete-kpi">[[plan.kpi_delete]]</button></div>
</form>{{/CAN_DELETE}}
{{#CAN_RETIRE}}<p>[[plan.kpi_retire_hint]]</p>
<form method="post" action="{{BASE}}/retire">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <div class="actions"><button type="submit" class="button button--danger" data-test="retire-kpi">[[plan.kpi_retire]]</button></div>
</form>{{/CAN_RETIRE}}{{/REMOVE}}

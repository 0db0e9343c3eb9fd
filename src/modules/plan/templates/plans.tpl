{{%AUTOESCAPE context="HTML"}}<h1>[[plan.plans_title]]</h1>
{{ERROR_SUMMARY:none}}
<p class="lead">[[plan.plans_intro]]</p>
<div class="table-wrap">
<table class="table" data-test="plans">
  <caption class="visually-hidden">[[plan.plans_title]]</caption>
  <thead><tr><th scope="col">[[plan.plan_name]]</th><th scope="col">[[plan.plan_kind]]</th><th scope="col">[[plan.plan_years]]</th><th scope="col">[[plan.plan_status]]</th><th scope="col" class="num">[[plan.strategy_count]]</th><th scope="col" class="num">[[plan.project_count]]</th></tr></thead>
  <tbody>
  {{#PLAN}}<tr data-test="plan" data-id="{{ID}}"><td class="table__text"><a href="/plan/plans/{{ID}}">{{NAME}}</a>{{#DEFAULT}} <span class="tag">[[plan.default_plan]]</span>{{/DEFAULT}}</td><td>{{KIND}}</td><td>{{YEARS}}</td><td>{{STATUS:none}}</td><td class="num" data-test="strategies">{{STRATEGIES}}</td><td class="num" data-test="projects">{{PROJECTS}}</td></tr>
  {{/PLAN}}
  </tbody>
</table>
</div>
{{#CREATE_FORM}}<h2 id="new-plan">[[plan.new_plan]]</h2>
<form class="form" method="post" action="/plan/plans" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{FIELDS:none}}
  <div class="actions"><button type="submit" class="button" data-test="create-plan">[[plan.create_plan]]</button></div>
</form>{{/CREATE_FORM}}

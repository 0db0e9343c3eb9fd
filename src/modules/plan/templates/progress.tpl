{{%AUTOESCAPE context="HTML"}}{{#DEFAULT_PLAN}}<h1>[[plan.progress_title]]</h1>
<p class="lead">[[plan.progress_intro]]</p>{{/DEFAULT_PLAN}}{{#OTHER_PLAN}}<h1>[[plan.progress_of]] {{PLAN_NAME}}</h1>{{/OTHER_PLAN}}
<form class="form" method="get" action="/plan" role="search" aria-label="[[plan.filter]]">
{{PLAN_FIELD:none}}
{{YEAR_FIELD:none}}
{{STRATEGY_FIELD:none}}
{{STATUS_FIELD:none}}
<div class="actions"><button type="submit" class="button button--secondary">[[plan.filter]]</button></div>
</form>
<p class="muted" data-test="count">[[plan.projects_shown]] {{COUNT}}</p>
{{CHART:none}}
{{#STRATEGY}}<section aria-labelledby="strategy-{{NUMBER}}" data-test="strategy" data-number="{{NUMBER}}">
<h2 id="strategy-{{NUMBER}}">[[plan.strategy]] {{NUMBER}} {{NAME}}</h2>
{{#NO_PROJECTS}}<p class="muted">[[plan.no_matching_projects]]</p>{{/NO_PROJECTS}}
{{#TABLE}}<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[plan.strategy]] {{NUMBER}}</caption>
  <thead><tr><th scope="col">[[plan.number]]</th><th scope="col">[[plan.project]]</th><th scope="col">[[plan.fiscal_years]]</th><th scope="col">[[plan.responsible]]</th><th scope="col" class="num">[[plan.planned_percent]]</th><th scope="col">[[plan.actual_percent]]</th><th scope="col">[[plan.status_heading]]</th></tr></thead>
  <tbody>
  {{#ROW}}<tr data-test="project" data-number="{{NUMBER}}" data-status="{{STATUS_NAME}}"><td>{{NUMBER}}</td><td class="table__text"><a href="/plan/projects/{{ID}}">{{NAME}}</a></td><td>{{YEARS}}</td><td class="table__text">{{RESPONSIBLE}}</td><td class="num">{{PLANNED}}</td><td class="table__progress">{{PROGRESS:none}}</td><td>{{STATUS:none}}</td></tr>
  {{/ROW}}</tbody>
</table>
</div>{{/TABLE}}
</section>
{{/STRATEGY}}

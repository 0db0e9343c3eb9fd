{{%AUTOESCAPE context="HTML"}}<article data-test="plan-page" data-id="{{ID}}">
<p class="hero__label">{{KIND}}</p>
<h1>{{NAME}}</h1>
{{ERROR_SUMMARY:none}}
<dl class="details">
  <dt>[[plan.plan_years]]</dt><dd data-test="years">{{YEARS}}</dd>
  <dt>[[plan.plan_status]]</dt><dd>{{STATUS:none}}</dd>
  <dt>[[plan.strategy_count]]</dt><dd>{{STRATEGIES}}</dd>
  <dt>[[plan.project_count]]</dt><dd>{{PROJECTS}}</dd>
</dl>
<p><a href="/plan?plan={{ID}}">[[plan.see_progress]]</a> · <a href="/plan/dashboard?plan={{ID}}">[[plan.dashboard_menu]]</a>{{#PLANNER_LINKS}} · <a href="/plan/import?plan={{ID}}">[[plan.import_title]]</a>{{/PLANNER_LINKS}}</p>
{{#NO_STRATEGIES}}<p class="muted">[[plan.no_strategies]]</p>{{/NO_STRATEGIES}}
{{#STRATEGY}}<section aria-labelledby="strategy-{{SID}}" data-test="strategy" data-number="{{NUMBER}}">
<h2 id="strategy-{{SID}}">[[plan.strategy]] {{NUMBER}} {{NAME}}</h2>
{{#EDIT}}<p><a class="button button--secondary button--small" href="/plan/strategies/{{SID}}" data-test="edit-strategy">[[plan.edit_strategy]]</a></p>{{/EDIT}}
{{#MISSIONS}}<h3>[[plan.missions]]</h3>
<ol>{{#MISSION}}<li>{{TEXT}}</li>{{/MISSION}}</ol>{{/MISSIONS}}
{{#GOALS}}<h3>[[plan.goals]]</h3>
<ol data-test="goals">{{#GOAL}}<li data-test="goal">{{TEXT}}</li>{{/GOAL}}</ol>{{/GOALS}}
{{#NO_PROJECTS}}<p class="muted">[[plan.no_projects_yet]]</p>{{/NO_PROJECTS}}
{{#TABLE}}<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[plan.strategy]] {{NUMBER}}</caption>
  <thead><tr><th scope="col">[[plan.number]]</th><th scope="col">[[plan.project]]</th><th scope="col">[[plan.fiscal_years]]</th><th scope="col">[[plan.responsible]]</th></tr></thead>
  <tbody>
  {{#ROW}}<tr data-test="project" data-number="{{NUMBER}}"><td>{{NUMBER}}</td><td class="table__text"><a href="/plan/projects/{{ID}}">{{NAME}}</a></td><td>{{YEARS}}</td><td class="table__text">{{RESPONSIBLE}}</td></tr>
  {{/ROW}}</tbody>
</table>
</div>{{/TABLE}}
</section>
{{/STRATEGY}}
{{#PLANNER}}<h2 id="new-strategy">[[plan.new_strategy]]</h2>
<form class="form" method="post" action="/plan/plans/{{ID}}/strategies" novalidate data-test="strategy-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{STRATEGY_FIELDS:none}}
  <div class="actions"><button type="submit" class="button" data-test="add-strategy">[[plan.add_strategy]]</button></div>
</form>
<h2 id="edit-plan">[[plan.edit_plan]]</h2>
<form class="form" method="post" action="/plan/plans/{{ID}}" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{PLAN_FIELDS:none}}
  <div class="actions"><button type="submit" class="button button--secondary" data-test="save-plan">[[plan.save]]</button></div>
</form>
{{#DELETABLE}}<form class="form" method="post" action="/plan/plans/{{ID}}/delete" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <p class="muted">[[plan.delete_plan_hint]]</p>
  <div class="actions"><button type="submit" class="button button--secondary" data-test="delete-plan">[[plan.delete_plan]]</button></div>
</form>{{/DELETABLE}}{{/PLANNER}}
</article>

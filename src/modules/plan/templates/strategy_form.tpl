{{%AUTOESCAPE context="HTML"}}<p class="hero__label"><a href="/plan/plans/{{PLAN_ID}}">{{PLAN}}</a></p>
<h1>[[plan.strategy]] {{NUMBER}} {{NAME}}</h1>
{{ERROR_SUMMARY:none}}
<h2 id="goals">[[plan.goals]]</h2>
{{#NO_GOALS}}<p class="muted">[[plan.no_goals]]</p>{{/NO_GOALS}}
<ol class="list-plain" data-test="goals">
{{#GOAL}}<li data-test="goal" data-id="{{GID}}"><form class="form" method="post" action="/plan/goals/{{GID}}" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{FIELD:none}}
  <div class="actions">
    <button type="submit" name="action" value="save" class="button button--small">[[plan.save]]</button>
    <button type="submit" name="action" value="up" class="button button--small button--secondary" data-test="goal-up">[[plan.move_up]]</button>
    <button type="submit" name="action" value="down" class="button button--small button--secondary" data-test="goal-down">[[plan.move_down]]</button>
    <button type="submit" name="action" value="remove" class="button button--small button--secondary" data-test="goal-remove">[[plan.remove]]</button>
  </div>
</form></li>
{{/GOAL}}
</ol>
<form class="form" method="post" action="/plan/strategies/{{SID}}/goals" novalidate data-test="goal-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{GOAL_FIELD:none}}
  <div class="actions"><button type="submit" class="button" data-test="add-goal">[[plan.add_goal]]</button></div>
</form>
<h2 id="new-project">[[plan.new_project]]</h2>
<form class="form" method="post" action="/plan/strategies/{{SID}}/projects" novalidate data-test="project-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{PROJECT_FIELDS:none}}
  <fieldset><legend>[[plan.fiscal_years]]</legend>{{YEAR_FIELDS:none}}</fieldset>
  <fieldset><legend>[[plan.responsible]]</legend>{{DIVISION_FIELDS:none}}</fieldset>
  <div class="actions"><button type="submit" class="button" data-test="add-project">[[plan.add_project]]</button></div>
</form>
<h2 id="edit-strategy">[[plan.edit_strategy_heading]]</h2>
<form class="form" method="post" action="/plan/strategies/{{SID}}" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{STRATEGY_FIELDS:none}}
  <div class="actions"><button type="submit" class="button button--secondary" data-test="save-strategy">[[plan.save]]</button></div>
</form>
<form class="form" method="post" action="/plan/strategies/{{SID}}/delete" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <p class="muted">[[plan.delete_strategy_hint]]</p>
  <div class="actions"><button type="submit" class="button button--secondary" data-test="delete-strategy">[[plan.delete_strategy]]</button></div>
</form>

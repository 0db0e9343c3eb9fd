{{%AUTOESCAPE context="HTML"}}<article class="project" data-test="project-page" data-status="{{STATUS_NAME}}">
<p class="hero__label">[[plan.strategy]] {{STRATEGY_NUMBER}} · {{STRATEGY}}</p>
<h1>[[plan.project]] {{NUMBER}} {{NAME}}</h1>
<dl class="details">
  <dt>[[plan.status_heading]]</dt><dd>{{STATUS:none}}{{#LATE}} <span class="muted">[[plan.late_report]]</span>{{/LATE}}</dd>
  {{#CANCELLED}}<dt>[[plan.cancel_reason]]</dt><dd>{{CANCEL_REASON}}</dd>{{/CANCELLED}}
  <dt>[[plan.actual_percent]]</dt><dd>{{PROGRESS:none}}</dd>
  <dt>[[plan.planned_percent]]</dt><dd>{{PLANNED}}</dd>
  <dt>[[plan.budget]]</dt><dd>{{BUDGET}} [[plan.baht]]</dd>
  <dt>[[plan.spent]]</dt><dd>{{SPENT}} [[plan.baht]]</dd>
  <dt>[[plan.objectives]]</dt><dd>{{OBJECTIVES}}</dd>
  <dt>[[plan.responsible]]</dt><dd>{{RESPONSIBLE}}</dd>
  <dt>[[plan.system_kind]]</dt><dd>{{KIND}}</dd>
  <dt>[[plan.fiscal_years]]</dt><dd>{{#FISCAL_YEAR}}<span class="tag">{{YEAR}}</span> {{/FISCAL_YEAR}}</dd>
</dl>
{{S_CURVE:none}}
<h2 id="history">[[plan.history]]</h2>
{{#NO_REPORTS}}<p class="muted">[[plan.no_reports]]</p>{{/NO_REPORTS}}
{{#REPORTS}}<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[plan.history]]</caption>
  <thead><tr><th scope="col">[[plan.round_heading]]</th><th scope="col" class="num">[[plan.actual_percent]]</th><th scope="col" class="num">[[plan.spent_period]]</th><th scope="col">[[plan.filed_at]]</th>{{#INTERNAL}}<th scope="col">[[plan.details]]</th>{{/INTERNAL}}</tr></thead>
  <tbody>
  {{#REPORT}}<tr data-test="report"><td>{{ROUND}}{{#AMENDMENT}} <span class="tag tag--warning">[[plan.amendment]]</span>{{/AMENDMENT}}</td><td class="num">{{PERCENT}}</td><td class="num">{{SPENT}}</td><td>{{FILED_AT}}</td>{{#INTERNAL_ROW}}<td class="table__text"><dl class="details">
    <dt>[[plan.version]]</dt><dd>{{VERSION}} · {{STATE}}</dd>
    <dt>[[plan.filed_by]]</dt><dd>{{FILED_BY}}</dd>
    <dt>[[plan.committed_period]]</dt><dd>{{COMMITTED}}</dd>
    <dt>[[plan.activities]]</dt><dd>{{ACTIVITIES}}</dd>
    <dt>[[plan.problems]]</dt><dd>{{PROBLEMS}}</dd>
    <dt>[[plan.help_needed]]</dt><dd>{{HELP}}</dd>
  </dl></td>{{/INTERNAL_ROW}}</tr>
  {{/REPORT}}</tbody>
</table>
</div>{{/REPORTS}}
</article>

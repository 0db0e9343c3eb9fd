{{%AUTOESCAPE context="HTML"}}<h1>[[plan.dashboard_title]]</h1>
{{#OTHER_PLAN}}<p class="lead" data-test="plan-name">{{PLAN_NAME}}</p>{{/OTHER_PLAN}}
<form class="form" method="get" action="/plan/dashboard" aria-label="[[plan.filter]]">
{{PLAN_FIELD:none}}
{{YEAR_FIELD:none}}
<div class="actions"><button type="submit" class="button button--secondary">[[plan.filter]]</button> <a class="button button--secondary" href="{{CSV_HREF}}" download>[[plan.download_csv]]</a></div>
</form>
<dl class="details" data-test="totals">
  <dt>[[plan.projects_shown]]</dt><dd data-test="projects">{{PROJECTS}}</dd>
  <dt>[[plan.delayed_count]]</dt><dd data-test="delayed">{{DELAYED}}{{#SET_MARGIN}} · <a href="/plan/settings" data-test="set-margin">[[plan.settings_link]]</a>{{/SET_MARGIN}}</dd>
  <dt>[[plan.budget]]</dt><dd data-test="budget">{{BUDGET}} [[plan.baht]]</dd>
  <dt>[[plan.spent]]</dt><dd data-test="spent">{{SPENT}} [[plan.baht]] ({{SPENT_SHARE}}%)</dd>
  <dt>[[plan.kpi_average]]</dt><dd data-test="kpi-achievement">{{KPI_ACHIEVEMENT}}</dd>
</dl>
<h2>[[plan.progress_heading]]</h2>
{{BY_STRATEGY:none}}
{{BY_DIVISION:none}}
{{BY_YEAR:none}}
<h2>[[plan.chart.budget_spend]]</h2>
{{BUDGET_SPEND:none}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[plan.chart.budget_spend]]</caption>
  <thead><tr><th scope="col">[[plan.strategy_heading]]</th><th scope="col" class="num">[[plan.budget]] ([[plan.baht]])</th><th scope="col" class="num">[[plan.spent]] ([[plan.baht]])</th></tr></thead>
  <tbody>
  {{#MONEY}}<tr><th scope="row">{{LABEL}}</th><td class="num">{{BUDGET}}</td><td class="num">{{SPENT}}</td></tr>
  {{/MONEY}}
  </tbody>
</table>
</div>
<h2 id="delayed">[[plan.delayed_projects]]</h2>
{{#NO_DELAYED}}<p class="muted">[[plan.no_delayed]]</p>{{/NO_DELAYED}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[plan.delayed_projects]]</caption>
  <thead><tr><th scope="col">[[plan.number]]</th><th scope="col">[[plan.project]]</th><th scope="col" class="num">[[plan.planned_percent]]</th><th scope="col" class="num">[[plan.actual_percent]]</th><th scope="col" class="num">[[plan.gap]]</th></tr></thead>
  <tbody>
  {{#DELAYED_ROW}}<tr data-test="delayed-project" data-number="{{NUMBER}}"><td>{{NUMBER}}</td><td class="table__text"><a href="/plan/projects/{{ID}}">{{NAME}}</a>{{#LATE}} <span class="tag tag--warning">[[plan.late_report]]</span>{{/LATE}}</td><td class="num">{{PLANNED}}</td><td class="num">{{ACTUAL}}</td><td class="num">{{GAP}}</td></tr>
  {{/DELAYED_ROW}}
  </tbody>
</table>
</div>
<h2 id="acceleration">[[plan.acceleration_list]]</h2>
{{#NO_MEASURES}}<p class="muted">[[plan.no_measures]]</p>{{/NO_MEASURES}}
{{#MEASURE}}<article class="card" data-test="measure" data-id="{{ID}}">
  <h3 class="card__title"><a href="/plan/projects/{{PROJECT_ID}}">{{PROJECT}}</a></h3>
  <dl class="details">
    <dt>[[plan.measure_owner]]</dt><dd>{{OWNER}}</dd>
    <dt>[[plan.measure_reason]]</dt><dd>{{REASON}}</dd>
    <dt>[[plan.measure]]</dt><dd>{{MEASURE_TEXT}}</dd>
    <dt>[[plan.decision_log]]</dt><dd>{{#NO_DECISION}}<span class="muted">[[plan.no_decision]]</span>{{/NO_DECISION}}<ul class="list-plain">{{#DECISION}}<li data-test="decision">{{TEXT}} <small class="muted">— {{BY}}, {{AT}}</small></li>{{/DECISION}}</ul></dd>
  </dl>
  {{#CAN_DECIDE}}<form class="form" method="post" action="/plan/decisions">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="subject" value="acceleration">
    <input type="hidden" name="ref_id" value="{{ID}}">
    <div class="field"><label for="decision-{{ID}}">[[plan.decision]]</label><textarea class="input" id="decision-{{ID}}" name="decision_th" rows="2"></textarea></div>
    <div class="actions"><button type="submit" class="button button--small">[[plan.record_decision]]</button></div>
  </form>{{/CAN_DECIDE}}
</article>
{{/MEASURE}}
{{#ADD_MEASURE}}<h3 id="add-measure">[[plan.add_measure]]</h3>
<form class="form" method="post" action="/plan/acceleration">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="project_id">[[plan.project]]</label><select class="input" id="project_id" name="project_id">{{#DELAYED_OPTION}}<option value="{{ID}}">{{LABEL}}</option>{{/DELAYED_OPTION}}</select></div>
  <div class="field"><label for="owner_th">[[plan.measure_owner]]</label><input class="input" type="text" id="owner_th" name="owner_th"></div>
  <div class="field"><label for="reason_th">[[plan.measure_reason]]</label><textarea class="input" id="reason_th" name="reason_th" rows="2"></textarea></div>
  <div class="field"><label for="measure_th">[[plan.measure]]</label><textarea class="input" id="measure_th" name="measure_th" rows="2"></textarea></div>
  <div class="actions"><button type="submit" class="button">[[plan.add_measure]]</button></div>
</form>{{/ADD_MEASURE}}

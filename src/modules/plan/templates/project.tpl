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
{{#KPIS}}<h2 id="kpis">[[plan.kpis_title]]</h2>
<p>[[plan.kpi_overall]] <strong data-test="kpi-overall">{{KPI_OVERALL}}</strong></p>
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[plan.kpis_title]]</caption>
  <thead><tr><th scope="col">[[plan.kpi_name]]</th><th scope="col">[[plan.kpi_unit]]</th><th scope="col" class="num">[[plan.kpi_baseline]]</th><th scope="col">[[plan.kpi_direction]]</th><th scope="col" class="num">[[plan.kpi_target]]</th><th scope="col" class="num">[[plan.actual]]</th><th scope="col" class="num">[[plan.kpi_achievement]]</th>{{#KPI_PLANNER}}<th scope="col">[[plan.kpi_actions]]</th>{{/KPI_PLANNER}}</tr></thead>
  <tbody>
  {{#KPI}}<tr data-test="kpi"{{#KPI_RETIRED}} data-retired="true"{{/KPI_RETIRED}}><td class="table__text">{{NAME}}{{#KPI_RETIRED}} <span class="tag">[[plan.kpi_retired]]</span>{{/KPI_RETIRED}}</td><td>{{UNIT}}</td><td class="num">{{BASELINE}}</td><td>{{DIRECTION}}</td><td class="num">{{TARGET}}</td><td class="num">{{ACTUAL}}</td><td class="num">{{ACHIEVEMENT}}</td>{{#KPI_EDIT}}<td><a href="/plan/projects/{{ID}}/kpis/{{KPI_ID}}/edit" data-test="edit-kpi">[[plan.kpi_edit_link]]<span class="visually-hidden"> {{NAME}}</span></a></td>{{/KPI_EDIT}}</tr>
  {{/KPI}}
  </tbody>
</table>
</div>{{/KPIS}}
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
    <dt>[[plan.attachment]]</dt><dd><ul class="list-plain">{{#FILE}}<li><a href="{{HREF}}" data-test="attachment">{{NAME}}</a></li>{{/FILE}}</ul></dd>
  </dl></td>{{/INTERNAL_ROW}}</tr>
  {{/REPORT}}</tbody>
</table>
</div>{{/REPORTS}}
{{#PLANNER}}<h2 id="planner">[[plan.planner_tools]]</h2>
<p><a class="button button--secondary" href="/plan/projects/{{ID}}/kpis/new" data-test="add-kpi-link">[[plan.kpi_add_link]]</a> <a class="button button--secondary" href="/plan/projects/{{ID}}/curve" data-test="curve-link">[[plan.curve_link]]</a></p>
<div class="table-wrap">
<table class="table">
  <caption>[[plan.budget_by_year]]</caption>
  <thead><tr><th scope="col">[[plan.fiscal_year]]</th><th scope="col">[[plan.budget]] ([[plan.baht]])</th></tr></thead>
  <tbody>
  {{#BUDGET_YEAR}}<tr data-test="budget-year"><th scope="row">{{YEAR}}</th><td><form class="actions" method="post" action="/plan/projects/{{ID}}/budget">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><input type="hidden" name="fiscal_year" value="{{YEAR}}">
    <label class="visually-hidden" for="budget-{{YEAR}}">[[plan.budget]] {{YEAR}}</label>
    <input class="input input--narrow" type="text" inputmode="decimal" id="budget-{{YEAR}}" name="budget" value="{{AMOUNT}}">
    <button type="submit" class="button button--small button--secondary">[[plan.save]]</button></form></td></tr>
  {{/BUDGET_YEAR}}
  </tbody>
</table>
</div>
<h3>[[plan.cancel_project]]</h3>
<form class="form" method="post" action="/plan/projects/{{ID}}/cancel">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="reason_th">[[plan.cancel_reason]]</label><textarea class="input" id="reason_th" name="reason_th" rows="2"></textarea></div>
  <div class="field"><label for="approved_by">[[plan.cancel_approver]]</label><input class="input" type="text" id="approved_by" name="approved_by"></div>
  <div class="actions"><button type="submit" class="button button--danger">[[plan.cancel_project]]</button></div>
</form>{{/PLANNER}}
{{#PDCA_SECTION}}<h2 id="pdca">[[plan.pdca_title]]</h2>
{{#NO_PDCA}}<p class="muted">[[plan.no_pdca]]</p>{{/NO_PDCA}}
{{#PDCA}}<article class="card" data-test="pdca" data-id="{{ID}}">
  <dl class="details">
    <dt>[[plan.pdca_plan]]</dt><dd>{{PLAN_TEXT}}</dd>
    <dt>[[plan.pdca_do]]</dt><dd>{{DO_TEXT}}</dd>
    <dt>[[plan.pdca_check]]</dt><dd>{{CHECK_TEXT}}</dd>
    <dt>[[plan.pdca_act]]</dt><dd>{{ACT_TEXT}}</dd>
    <dt>[[plan.written_by]]</dt><dd>{{BY}}, {{AT}}</dd>
    <dt>[[plan.decision_log]]</dt><dd><ul class="list-plain">{{#DECISION}}<li data-test="decision">{{TEXT}} <small class="muted">— {{BY}}, {{AT}}</small></li>{{/DECISION}}</ul></dd>
  </dl>
  {{#CAN_DECIDE}}<form class="form" method="post" action="/plan/decisions">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="subject" value="pdca">
    <input type="hidden" name="ref_id" value="{{ID}}">
    <div class="field"><label for="decision-{{ID}}">[[plan.decision]]</label><textarea class="input" id="decision-{{ID}}" name="decision_th" rows="2"></textarea></div>
    <div class="actions"><button type="submit" class="button button--small">[[plan.record_decision]]</button></div>
  </form>{{/CAN_DECIDE}}
</article>
{{/PDCA}}
{{#ADD_PDCA}}<h3>[[plan.add_pdca]]</h3>
<form class="form" method="post" action="/plan/projects/{{ID}}/pdca">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="plan_th">[[plan.pdca_plan]]</label><textarea class="input" id="plan_th" name="plan_th" rows="2"></textarea></div>
  <div class="field"><label for="do_th">[[plan.pdca_do]]</label><textarea class="input" id="do_th" name="do_th" rows="2"></textarea></div>
  <div class="field"><label for="check_th">[[plan.pdca_check]]</label><textarea class="input" id="check_th" name="check_th" rows="2"></textarea></div>
  <div class="field"><label for="act_th">[[plan.pdca_act]]</label><textarea class="input" id="act_th" name="act_th" rows="2"></textarea></div>
  <div class="actions"><button type="submit" class="button">[[plan.add_pdca]]</button></div>
</form>{{/ADD_PDCA}}
{{/PDCA_SECTION}}
</article>

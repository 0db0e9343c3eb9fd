{{%AUTOESCAPE context="HTML"}}<h1>[[plan.rounds_title]]</h1>
{{ERROR_SUMMARY:none}}
<p class="lead">[[plan.rounds_intro]]</p>
{{#NO_ROUNDS}}<p class="muted">[[plan.no_rounds]]</p>{{/NO_ROUNDS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[plan.rounds_title]]</caption>
  <thead><tr><th scope="col">[[plan.round_heading]]</th><th scope="col">[[plan.deadline]]</th><th scope="col">[[plan.status_heading]]</th><th scope="col" class="num">[[plan.reported_of_due]]</th></tr></thead>
  <tbody>
  {{#ROUND}}<tr data-test="round" data-id="{{ID}}"><td><a href="/plan/rounds/{{ID}}">{{LABEL}}</a></td><td>{{DEADLINE}}</td><td>{{STATE:none}}</td><td class="num">{{REPORTED}} / {{DUE}}</td></tr>
  {{/ROUND}}
  </tbody>
</table>
</div>
{{#OPEN_FORM}}
<h2 id="amendments">[[plan.pending_amendments]]</h2>
<ul class="list-plain">
{{#AMENDMENT}}<li data-test="amendment" data-id="{{ID}}"><a href="/plan/projects/{{PROJECT_ID}}">{{PROJECT}}</a> · {{ROUND}} · {{PERCENT}}% · {{FILED_BY}}
  <form class="actions" method="post" action="/plan/reports/{{ID}}/decision">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <button type="submit" name="approve" value="1" class="button button--small">[[plan.approve]]</button>
    <button type="submit" name="approve" value="0" class="button button--small button--secondary">[[plan.reject]]</button>
  </form></li>
{{/AMENDMENT}}
</ul>
<h2 id="open">[[plan.open_round]]</h2>
<form class="form" method="post" action="/plan/rounds" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{FIELDS:none}}
  <div class="actions"><button type="submit" class="button">[[plan.open_round]]</button></div>
</form>
{{/OPEN_FORM}}

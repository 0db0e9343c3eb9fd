{{%AUTOESCAPE context="HTML"}}<h1>[[plan.round_heading]] {{LABEL}}</h1>
<dl class="details">
  <dt>[[plan.deadline]]</dt><dd>{{DEADLINE}}</dd>
  <dt>[[plan.status_heading]]</dt><dd>{{STATE:none}}</dd>
  <dt>[[plan.not_reported_count]]</dt><dd data-test="missing">{{MISSING}}</dd>
</dl>
<p class="actions"><a class="button button--secondary" href="/plan/rounds/{{ID}}/report.xlsx" download>[[plan.download_xlsx]]</a> <a class="button button--secondary" href="/plan/rounds/{{ID}}/report.pdf" download>[[plan.download_pdf]]</a></p>
{{#LOCKED}}<p class="notice" role="note">[[plan.round_locked]]</p>{{/LOCKED}}
{{#CAN_CLOSE}}<form class="actions" method="post" action="/plan/rounds/{{ID}}/close">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button button--secondary">[[plan.close_round]]</button>
</form>{{/CAN_CLOSE}}
<div class="table-wrap">
<table class="table">
  <caption>[[plan.round_projects]]</caption>
  <thead><tr><th scope="col">[[plan.number]]</th><th scope="col">[[plan.project]]</th><th scope="col">[[plan.divisions]]</th><th scope="col">[[plan.report_heading]]</th><th scope="col"><span class="visually-hidden">[[plan.file_report]]</span></th></tr></thead>
  <tbody>
  {{#PROJECT}}<tr data-test="round-project" data-number="{{NUMBER}}" data-reported="{{REPORTED_FLAG}}"><td>{{NUMBER}}</td><td class="table__text"><a href="/plan/projects/{{ID}}">{{NAME}}</a></td><td>{{DIVISIONS}}</td><td>{{REPORTED:none}}</td><td>{{#CAN_REPORT}}<a href="/plan/projects/{{ID}}/report?round={{ROUND_ID}}" aria-label="[[plan.file_report]] {{NUMBER}}">[[plan.file_report]]</a>{{/CAN_REPORT}}</td></tr>
  {{/PROJECT}}
  </tbody>
</table>
</div>

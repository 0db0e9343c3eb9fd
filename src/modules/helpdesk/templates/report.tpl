{{%AUTOESCAPE context="HTML"}}<h1>[[helpdesk.report_title]] {{MONTH_NAME}}</h1>
<div class="toolbar">
  <nav class="pager" aria-label="[[helpdesk.report_title]]">
    <a href="/helpdesk/reports/monthly?month={{PREV}}" rel="prev">« {{PREV_NAME}}</a>
    <a href="/helpdesk/reports/monthly?month={{NEXT}}" rel="next">{{NEXT_NAME}} »</a>
  </nav>
  <form method="get" action="/helpdesk/reports/monthly" class="inline-form">
    <label for="month">[[helpdesk.report_month]]</label>
    <input type="month" id="month" name="month" value="{{MONTH}}">
    <button type="submit" class="button button--secondary button--small">[[helpdesk.report_show]]</button>
  </form>
  <a class="button button--secondary" href="/helpdesk/reports/monthly.xlsx?month={{MONTH}}" data-test="xlsx">[[helpdesk.report_xlsx]]</a>
</div>
<dl class="counts" data-test="report-summary">
  <div><dt>[[helpdesk.report_opened]]</dt><dd data-test="opened">{{OPENED}}</dd></div>
  <div><dt>[[helpdesk.report_resolved]]</dt><dd data-test="resolved">{{RESOLVED}}</dd></div>
  <div><dt>[[helpdesk.report_owned_in_time]]</dt><dd>{{OWNED_IN_TIME}}</dd></div>
  <div><dt>[[helpdesk.report_resolved_in_time]]</dt><dd data-test="resolved-in-time">{{RESOLVED_IN_TIME}}</dd></div>
  <div><dt>[[helpdesk.report_rated]]</dt><dd data-test="rated">{{RATED}}</dd></div>
  <div><dt>[[helpdesk.report_average]]</dt><dd data-test="average">{{AVERAGE}}</dd></div>
</dl>
{{CATEGORY_CHART:none}}
<h2>[[helpdesk.report_by_division]]</h2>
<div class="table-wrap"><table class="table" data-test="by-division">
  <thead><tr><th scope="col">[[helpdesk.report_division]]</th><th scope="col" class="num">[[helpdesk.report_tickets]]</th></tr></thead>
  <tbody>{{#DIVISION}}<tr><td>{{LABEL}}</td><td class="num">{{COUNT}}</td></tr>{{/DIVISION}}</tbody>
</table></div>
<h2>[[helpdesk.report_assets]]</h2>
<div class="table-wrap"><table class="table" data-test="assets">
  <thead><tr><th scope="col">[[helpdesk.col.asset]]</th><th scope="col" class="num">[[helpdesk.report_tickets]]</th></tr></thead>
  <tbody>{{#ASSET}}<tr><td>{{LABEL}}</td><td class="num">{{COUNT}}</td></tr>{{/ASSET}}</tbody>
</table></div>
<h2>[[helpdesk.report_ratings]]</h2>
<div class="table-wrap"><table class="table" data-test="ratings">
  <thead><tr><th scope="col" class="num">[[helpdesk.col.no]]</th><th scope="col">[[helpdesk.col.title]]</th><th scope="col">[[helpdesk.col.requester]]</th><th scope="col" class="num">[[helpdesk.field.rating]]</th><th scope="col">[[helpdesk.field.comment]]</th></tr></thead>
  <tbody>{{#RATING}}<tr data-id="{{ID}}"><td class="num"><a href="/helpdesk/tickets/{{ID}}">{{ID}}</a></td><td>{{TITLE}}</td><td>{{REQUESTER}}</td><td class="num">{{RATING}}</td><td>{{COMMENT}}</td></tr>{{/RATING}}</tbody>
</table></div>

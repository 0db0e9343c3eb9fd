{{%AUTOESCAPE context="HTML"}}<h1>[[saraban.overdue.title]]</h1>
<p class="muted">[[saraban.overdue.intro]]</p>
{{EMPTY:none}}
{{#HAS_JOBS}}<p class="notice" data-test="overdue-count"><strong>{{COUNT}}</strong> [[saraban.inbox.overdue_count]]</p>
<div class="table-wrap">
<table class="table" data-test="overdue">
<thead><tr>
  <th scope="col">[[saraban.col.subject]]</th>
  <th scope="col">[[saraban.field.division]]</th>
  <th scope="col">[[saraban.due]]</th>
  <th scope="col">[[saraban.overdue.days]]</th>
</tr></thead>
<tbody>
{{#JOB}}<tr>
  <td>{{#URGENT}}{{URGENCY_TAG:none}} {{/URGENT}}<a href="/saraban/jobs/{{ID}}">{{TITLE}}</a></td>
  <td>{{DIVISION}}</td>
  <td class="nowrap">{{DUE}}</td>
  <td class="nowrap">{{DAYS}}</td>
</tr>
{{/JOB}}</tbody>
</table>
</div>{{/HAS_JOBS}}

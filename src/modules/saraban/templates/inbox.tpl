{{%AUTOESCAPE context="HTML"}}<h1>[[saraban.inbox.title]]</h1>
<nav aria-label="[[saraban.registers]]"><p><a href="/saraban/incoming">[[saraban.incoming.title]]</a> · <a href="/saraban/outgoing">[[saraban.outgoing.title]]</a>{{#CAN_OVERDUE}} · <a href="/saraban/overdue">[[saraban.overdue.title]]</a>{{/CAN_OVERDUE}}</p></nav>
{{#HAS_OVERDUE}}<p class="notice" data-test="overdue-count"><strong>{{OVERDUE_COUNT}}</strong> [[saraban.inbox.overdue_count]]</p>{{/HAS_OVERDUE}}
{{EMPTY:none}}
{{#HAS_JOBS}}<div class="table-wrap">
<table class="table" data-test="inbox">
<thead><tr>
  <th scope="col">[[saraban.col.subject]]</th>
  <th scope="col">[[saraban.col.status]]</th>
  <th scope="col">[[saraban.due]]</th>
  <th scope="col">[[saraban.col.last_step]]</th>
</tr></thead>
<tbody>
{{#JOB}}<tr{{#OVERDUE}} data-overdue="1"{{/OVERDUE}}>
  <td>{{#URGENT}}{{URGENCY_TAG:none}} {{/URGENT}}<a href="/saraban/jobs/{{ID}}">{{TITLE}}</a>{{#HAS_ACTING_FOR}} <span class="muted" data-test="acting-for">([[saraban.inbox.acting_for]] {{ACTING_FOR}})</span>{{/HAS_ACTING_FOR}}</td>
  <td>{{STATUS_TAG:none}}</td>
  <td class="nowrap">{{DUE}} {{#OVERDUE}}{{OVERDUE_TAG:none}}{{/OVERDUE}}</td>
  <td class="nowrap">{{LAST}}</td>
</tr>
{{/JOB}}</tbody>
</table>
</div>{{/HAS_JOBS}}

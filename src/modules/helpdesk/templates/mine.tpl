{{%AUTOESCAPE context="HTML"}}<div class="toolbar"><h1>[[helpdesk.my_tickets]]</h1>
<a class="button" href="/helpdesk/new" data-test="report-link">[[helpdesk.report]]</a>
{{#IS_IT}}<a class="button button--secondary" href="/helpdesk/queue">[[helpdesk.menu_queue]]</a>{{/IS_IT}}</div>
<p class="muted">[[helpdesk.my_tickets_intro]]</p>
{{EMPTY:none}}
{{#HAS_ROWS}}<div class="table-wrap"><table class="table" data-test="my-tickets">
  <caption class="visually-hidden">[[helpdesk.my_tickets]]</caption>
  <thead><tr><th scope="col" class="num">[[helpdesk.col.no]]</th><th scope="col">[[helpdesk.col.title]]</th><th scope="col">[[helpdesk.col.status]]</th><th scope="col">[[helpdesk.col.requester]]</th><th scope="col">[[helpdesk.col.assignee]]</th><th scope="col">[[helpdesk.col.reported]]</th></tr></thead>
  <tbody>
  {{#ROW}}<tr data-test="ticket" data-id="{{ID}}"><td class="num">{{ID}}</td><td><a href="/helpdesk/tickets/{{ID}}">{{TITLE}}</a></td><td>{{STATUS_TAG:none}}</td><td>{{REQUESTER}}</td><td>{{ASSIGNEE}}</td><td><time datetime="{{CREATED_AT_UTC}}">{{CREATED_AT}}</time></td></tr>
  {{/ROW}}
  </tbody>
</table></div>{{/HAS_ROWS}}
{{#FIRST}}<nav class="pager" aria-label="[[helpdesk.my_tickets]]"><a href="/helpdesk">« [[helpdesk.first]]</a></nav>{{/FIRST}}
{{#MORE}}<nav class="pager" aria-label="[[helpdesk.my_tickets]]"><a href="/helpdesk?before={{BEFORE}}" rel="next">[[helpdesk.more]] »</a></nav>{{/MORE}}

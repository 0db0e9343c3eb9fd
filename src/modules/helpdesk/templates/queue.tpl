{{%AUTOESCAPE context="HTML"}}<h1>[[helpdesk.menu_queue]]</h1>
<p class="muted">[[helpdesk.queue_intro]]</p>
<dl class="counts" aria-label="[[helpdesk.counts]]" data-test="counts">
{{#COUNT}}<div data-status="{{STATUS}}"><dt>{{LABEL}}</dt><dd>{{N}}</dd></div>
{{/COUNT}}</dl>
{{EMPTY:none}}
{{#HAS_ROWS}}<div class="table-wrap"><table class="table" data-test="queue">
  <caption class="visually-hidden">[[helpdesk.menu_queue]]</caption>
  <thead><tr><th scope="col" class="num">[[helpdesk.col.no]]</th><th scope="col">[[helpdesk.col.title]]</th><th scope="col">[[helpdesk.col.due]]</th><th scope="col">[[helpdesk.col.status]]</th><th scope="col">[[helpdesk.col.priority]]</th><th scope="col">[[helpdesk.col.requester]]</th><th scope="col">[[helpdesk.col.assignee]]</th><th scope="col">[[helpdesk.col.asset]]</th></tr></thead>
  <tbody>
  {{#ROW}}<tr data-test="ticket" data-id="{{ID}}"><td class="num">{{ID}}</td><td><a href="/helpdesk/tickets/{{ID}}">{{TITLE}}</a></td><td>{{DUE_TAG:none}} <span class="muted">{{DUE_KIND}}</span> <time datetime="{{DUE_UTC}}">{{DUE}}</time></td><td>{{STATUS_TAG:none}}</td><td>{{PRIORITY}}</td><td>{{REQUESTER}}</td><td>{{ASSIGNEE}}</td><td>{{ASSET_NO}}</td></tr>
  {{/ROW}}
  </tbody>
</table></div>{{/HAS_ROWS}}
{{#FIRST}}<nav class="pager" aria-label="[[helpdesk.menu_queue]]"><a href="/helpdesk/queue">« [[helpdesk.first]]</a></nav>{{/FIRST}}
{{#MORE}}<nav class="pager" aria-label="[[helpdesk.menu_queue]]"><a href="/helpdesk/queue?after={{AFTER}}" rel="next">[[helpdesk.more]] »</a></nav>{{/MORE}}

{{%AUTOESCAPE context="HTML"}}<h1><span class="muted">#{{ID}}</span> {{TITLE}}</h1>
{{ERROR_SUMMARY:none}}
<dl class="details" data-test="ticket-details">
  <div><dt>[[helpdesk.col.status]]</dt><dd data-test="status">{{STATUS_TAG:none}}</dd></div>
  <div><dt>[[helpdesk.col.priority]]</dt><dd>{{PRIORITY}}</dd></div>
  <div><dt>[[helpdesk.col.requester]]</dt><dd>{{REQUESTER}}</dd></div>
  <div><dt>[[helpdesk.col.reported]]</dt><dd>{{CREATED_AT}}</dd></div>
  {{#HAS_ASSET}}<div><dt>[[helpdesk.col.asset]]</dt><dd data-test="asset">{{#ASSET_LINK}}<a href="{{ASSET_URL}}">{{/ASSET_LINK}}{{ASSET_NO}}{{#ASSET_LINK}}</a>{{/ASSET_LINK}}</dd></div>{{/HAS_ASSET}}
  {{#HAS_ASSIGNEE}}<div><dt>[[helpdesk.col.assignee]]</dt><dd>{{ASSIGNEE}}</dd></div>{{/HAS_ASSIGNEE}}
  {{#HAS_CATEGORY}}<div><dt>[[helpdesk.field.category]]</dt><dd>{{CATEGORY}}</dd></div>{{/HAS_CATEGORY}}
  {{#SLA}}{{#UNOWNED}}<div><dt>[[helpdesk.to_own_by]]</dt><dd>{{OWN_DUE}}</dd></div>{{/UNOWNED}}
  <div><dt>[[helpdesk.to_resolve_by]]</dt><dd data-test="resolve-due">{{RESOLVE_DUE}} {{#PAUSED}}{{PAUSED_TAG:none}}{{/PAUSED}}{{#OVERDUE}}{{OVERDUE_TAG:none}}{{/OVERDUE}}
    <span class="muted">([[helpdesk.sla]] [[helpdesk.sla_version]] {{SLA_VERSION}})</span></dd></div>{{/SLA}}
</dl>
{{#HAS_DESCRIPTION}}<h2>[[helpdesk.details]]</h2><p class="prewrap">{{DESCRIPTION}}</p>{{/HAS_DESCRIPTION}}
{{#FILE}}<figure class="attachment">{{#IMAGE}}<img src="{{URL}}" alt="[[helpdesk.screenshot]] {{NAME}}" class="attachment__image">{{/IMAGE}}
  <figcaption><a href="{{URL}}">{{NAME}}</a></figcaption></figure>{{/FILE}}
{{#HAS_SOLUTION}}<h2>[[helpdesk.field.solution]]</h2><p class="prewrap" data-test="solution">{{SOLUTION}}</p>
{{#IS_IT}}<p><a href="/helpdesk/kb/new?from_ticket={{ID}}">[[helpdesk.kb_from_ticket]]</a></p>{{/IS_IT}}{{/HAS_SOLUTION}}
{{#RATED}}<p data-test="rating"><strong>[[helpdesk.rated]]:</strong> {{RATING}}/5{{#HAS_COMMENT}} — {{COMMENT}}{{/HAS_COMMENT}}</p>{{/RATED}}

<h2>[[helpdesk.timeline]]</h2>
<ol class="timeline" data-test="timeline">
{{#ENTRY}}<li class="timeline__item timeline__item--{{KIND}}" data-kind="{{KIND}}" data-id="{{ID}}">
  <div class="timeline__head"><strong>{{AUTHOR}}</strong> <time datetime="{{AT_UTC}}" class="muted">{{AT}}</time>
  {{#NOTE}}<span class="tag tag--warning">[[helpdesk.private_note]]</span>{{/NOTE}}
  {{#STATUS}}<span class="muted">[[helpdesk.status_changed]]</span> {{TO_STATUS:none}}{{/STATUS}}
  {{#WORK}}<span class="tag">[[helpdesk.work_logged]] {{MINUTES}} [[helpdesk.minutes]]</span> {{PARTS}}{{/WORK}}
  {{#CHANGED}}<span class="muted">[[helpdesk.changed]] {{FIELD}}:</span> {{FROM}} → {{TO}}{{/CHANGED}}</div>
  {{#HAS_BODY}}<p class="prewrap">{{BODY}}</p>{{/HAS_BODY}}
</li>
{{/ENTRY}}</ol>

{{#STEP}}<form method="post" action="/helpdesk/tickets/{{ID}}/step" class="inline-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><input type="hidden" name="step" value="{{STEP}}">
  <button type="submit" class="button{{#SECONDARY}} button--secondary{{/SECONDARY}}" data-step="{{STEP}}">{{LABEL}}</button>
</form>{{/STEP}}

{{#CAN_RESOLVE}}<section aria-labelledby="resolve-title"><h2 id="resolve-title">[[helpdesk.step.resolve]]</h2>
<form class="form" method="post" action="/helpdesk/tickets/{{ID}}/step" novalidate data-test="resolve-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><input type="hidden" name="step" value="resolve">
  {{SOLUTION_FIELD:none}}
  <div class="actions"><button type="submit" class="button">[[helpdesk.step.resolve]]</button></div>
</form></section>{{/CAN_RESOLVE}}

{{#CAN_RATE}}<section aria-labelledby="rate-title"><h2 id="rate-title">[[helpdesk.rate]]</h2>
<form class="form" method="post" action="/helpdesk/tickets/{{ID}}/rating" novalidate data-test="rating-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{RATING_FIELDS:none}}
  <div class="actions"><button type="submit" class="button">[[helpdesk.save]]</button></div>
</form></section>{{/CAN_RATE}}

{{#CAN_REPLY}}<section aria-labelledby="reply-title"><h2 id="reply-title">[[helpdesk.reply]]</h2>
<form class="form" method="post" action="/helpdesk/tickets/{{ID}}/reply" novalidate data-test="reply-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{REPLY_FIELDS:none}}
  <div class="actions"><button type="submit" class="button button--secondary">[[helpdesk.send_reply]]</button></div>
</form></section>{{/CAN_REPLY}}
{{#IT_FORMS}}<section aria-labelledby="priority-title"><h2 id="priority-title">[[helpdesk.set_priority]]</h2>
<form class="form" method="post" action="/helpdesk/tickets/{{ID}}/priority" novalidate data-test="priority-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{PRIORITY_FIELDS:none}}
  <div class="actions"><button type="submit" class="button button--secondary">[[helpdesk.save]]</button></div>
</form></section>
<section aria-labelledby="work-title"><h2 id="work-title">[[helpdesk.log_work]]</h2>
<form class="form" method="post" action="/helpdesk/tickets/{{ID}}/work" novalidate data-test="work-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{WORK_FIELDS:none}}
  <div class="actions"><button type="submit" class="button button--secondary">[[helpdesk.save]]</button></div>
</form></section>{{/IT_FORMS}}

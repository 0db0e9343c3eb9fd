{{%AUTOESCAPE context="HTML"}}<article data-test="kb-article">
<h1>{{TITLE}}</h1>
<p class="muted">[[helpdesk.sla_version]] {{VERSION}} · {{UPDATED_AT}}{{#STAFF_ONLY}} · <span class="tag">[[helpdesk.staff_only]]</span>{{/STAFF_ONLY}}</p>
<div class="prewrap">{{BODY}}</div>
</article>
<section aria-labelledby="helpful-title"><h2 id="helpful-title">[[helpdesk.kb_helpful]]</h2>
<form method="post" action="/helpdesk/kb/{{ID}}/helpful" class="inline-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <button type="submit" name="helpful" value="yes" class="button button--secondary">[[helpdesk.kb_yes]] ({{YES}})</button>
  <button type="submit" name="helpful" value="no" class="button button--secondary">[[helpdesk.kb_no]] ({{NO}})</button>
</form></section>
{{#CAN_WRITE}}<p><a href="/helpdesk/kb/{{ID}}/edit">[[helpdesk.kb_edit]]</a></p>{{/CAN_WRITE}}

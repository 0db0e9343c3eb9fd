{{%AUTOESCAPE context="HTML"}}<h1>[[helpdesk.kb_write]]</h1>
{{ERROR_SUMMARY:none}}
<form class="form" method="post" action="{{ACTION}}" novalidate data-test="kb-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="from_ticket" value="{{FROM_TICKET}}">
  {{FIELDS:none}}
  <div class="actions"><button type="submit" class="button">[[helpdesk.save]]</button>
  <a href="/helpdesk/kb">[[helpdesk.kb]]</a></div>
</form>

{{%AUTOESCAPE context="HTML"}}<h1>[[helpdesk.report]]</h1>
<p class="muted">[[helpdesk.report_intro]]</p>
{{ERROR_SUMMARY:none}}
<form class="form" method="post" action="/helpdesk/new" enctype="multipart/form-data" novalidate data-test="report-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{FIELDS:none}}
  <div class="actions"><button type="submit" class="button">[[helpdesk.send]]</button>
  <a href="/helpdesk">[[helpdesk.my_tickets]]</a></div>
</form>

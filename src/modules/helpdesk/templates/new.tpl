{{%AUTOESCAPE context="HTML"}}<h1>[[helpdesk.report]]</h1>
<p class="muted">[[helpdesk.report_intro]]</p>
{{ERROR_SUMMARY:none}}
<form class="form" method="post" action="/helpdesk/new" enctype="multipart/form-data" novalidate data-test="report-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{TITLE_FIELD:none}}
  <aside class="suggestions" data-suggest-for="title" data-suggest-url="/api/v1/helpdesk/kb/search" aria-live="polite" hidden data-test="kb-suggestions">
    <h2 class="suggestions__title">[[helpdesk.kb_suggestions]]</h2><ul></ul>
  </aside>
  {{FIELDS:none}}
  <div class="actions"><button type="submit" class="button">[[helpdesk.send]]</button>
  <a href="/helpdesk">[[helpdesk.my_tickets]]</a></div>
</form>

{{%AUTOESCAPE context="HTML"}}<h1>[[saraban.incoming.new]]</h1>
<p class="muted">[[saraban.incoming.new_intro]]</p>
{{ERROR_SUMMARY:none}}
<form class="form" method="post" action="/saraban/incoming" enctype="multipart/form-data" novalidate data-test="incoming-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{#MAIL}}<input type="hidden" name="mail_id" value="{{MAIL_ID}}">
  <div class="notice" data-test="from-mail"><p><strong>[[saraban.mail.from_mail]]</strong> ({{MAIL_FILES}} [[saraban.mail.files]])</p><p>{{MAIL_TEXT}}</p></div>{{/MAIL}}
  {{REFERENCE_FIELD:none}}
  {{DATED_FIELD:none}}
  {{FROM_FIELD:none}}
  {{TO_FIELD:none}}
  {{SUBJECT_FIELD:none}}
  {{URGENCY_FIELD:none}}
  {{SECRECY_FIELD:none}}
  {{REPLY_DUE_FIELD:none}}
  {{FILE_FIELD:none}}
  <div class="actions">
    <button type="submit" class="button">[[saraban.incoming.register]]</button>
    <a href="/saraban/incoming">[[saraban.cancel]]</a>
  </div>
</form>

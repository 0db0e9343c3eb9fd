{{%AUTOESCAPE context="HTML"}}<h1>[[saraban.outgoing.new]]</h1>
<p class="muted">[[saraban.outgoing.new_intro]]</p>
{{ERROR_SUMMARY:none}}
<form class="form" method="post" action="/saraban/outgoing" novalidate data-test="outgoing-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{FIELDS:none}}
  <div class="actions">
    <button type="submit" class="button">[[saraban.outgoing.issue]]</button>
    <a href="/saraban/outgoing">[[saraban.cancel]]</a>
  </div>
</form>

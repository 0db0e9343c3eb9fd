{{%AUTOESCAPE context="HTML"}}<h1>{{TITLE}}</h1>
<p class="muted">{{INTRO}}</p>
{{ERROR_SUMMARY:none}}
<form class="form" method="post" action="{{ACTION}}" novalidate data-test="outgoing-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{FIELDS:none}}
  <div class="actions">
    <button type="submit" class="button">[[saraban.outgoing.issue]]</button>
    <a href="{{CANCEL_URL}}">[[saraban.cancel]]</a>
  </div>
</form>

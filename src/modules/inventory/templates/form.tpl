{{%AUTOESCAPE context="HTML"}}<h1>{{TITLE}}</h1>
{{ERROR_SUMMARY:none}}
{{#HAS_INTRO}}<p class="muted">{{INTRO}}</p>{{/HAS_INTRO}}
<form class="form" method="post" action="{{ACTION}}"{{#MULTIPART}} enctype="multipart/form-data"{{/MULTIPART}} novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#FIELD}}{{HTML:none}}
{{/FIELD}}
  <div class="actions">
    <button type="submit" class="button">{{SUBMIT}}</button>
    <a href="{{CANCEL}}">[[inventory.cancel]]</a>
  </div>
</form>

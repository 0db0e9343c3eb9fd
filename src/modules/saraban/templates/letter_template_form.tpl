{{%AUTOESCAPE context="HTML"}}<h1>{{TITLE}}</h1>
<p class="muted">[[saraban.template.intro]]</p>
{{ERROR_SUMMARY:none}}
<form class="form" method="post" action="{{ACTION}}" novalidate data-test="template-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{FIELDS:none}}
  <div class="actions">
    <button type="submit" class="button">[[saraban.template.save]]</button>
    <a href="/saraban/templates">[[saraban.cancel]]</a>
  </div>
</form>
<section aria-labelledby="placeholders-title">
<h2 id="placeholders-title">[[saraban.template.placeholders]]</h2>
<table class="table" data-test="placeholders">
<thead><tr><th scope="col">[[saraban.template.placeholder]]</th><th scope="col">[[saraban.template.placeholder_meaning]]</th></tr></thead>
<tbody>
{{#PLACEHOLDER}}<tr><td><code>{{NAME}}</code></td><td>{{MEANING}}</td></tr>
{{/PLACEHOLDER}}</tbody>
</table>
</section>
{{#CAN_ARCHIVE}}<form class="form" method="post" action="/saraban/templates/{{ID}}/archive" data-test="archive-template">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <div class="actions"><button type="submit" class="button button--secondary">[[saraban.template.archive]]</button></div>
</form>{{/CAN_ARCHIVE}}

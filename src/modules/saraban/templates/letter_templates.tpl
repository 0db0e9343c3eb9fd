{{%AUTOESCAPE context="HTML"}}<h1>[[saraban.templates.title]]</h1>
<p class="muted">[[saraban.templates.intro]]</p>
<p><a class="button" href="/saraban/templates/new" data-test="new-template">[[saraban.template.new]]</a></p>
{{EMPTY:none}}
{{#HAS_TEMPLATES}}<div class="table-wrap">
<table class="table" data-test="templates">
<thead><tr>
  <th scope="col">[[saraban.template.field.name]]</th>
  <th scope="col">[[saraban.template.field.kind]]</th>
  <th scope="col">[[saraban.template.field.register]]</th>
  <th scope="col">[[saraban.template.version]]</th>
  <th scope="col">[[saraban.template.updated]]</th>
</tr></thead>
<tbody>
{{#TEMPLATE}}<tr data-template="{{ID}}">
  <td><a href="/saraban/templates/{{ID}}">{{NAME}}</a>{{#ARCHIVED}} {{ARCHIVED_TAG:none}}{{/ARCHIVED}}</td>
  <td>{{KIND}}</td>
  <td>{{REGISTER}}</td>
  <td class="nowrap">{{VERSION}}</td>
  <td>{{UPDATED}}<br><span class="muted">{{UPDATED_BY}}</span></td>
</tr>
{{/TEMPLATE}}</tbody>
</table>
</div>{{/HAS_TEMPLATES}}
<section aria-labelledby="placeholders-title">
<h2 id="placeholders-title">[[saraban.template.placeholders]]</h2>
<table class="table" data-test="placeholders">
<thead><tr><th scope="col">[[saraban.template.placeholder]]</th><th scope="col">[[saraban.template.placeholder_meaning]]</th></tr></thead>
<tbody>
{{#PLACEHOLDER}}<tr><td><code>{{NAME}}</code></td><td>{{MEANING}}</td></tr>
{{/PLACEHOLDER}}</tbody>
</table>
</section>

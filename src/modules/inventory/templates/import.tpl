{{%AUTOESCAPE context="HTML"}}<h1>[[inventory.import_title]]</h1>
{{#HAS_PROBLEMS}}<div class="error-summary" role="alert" tabindex="-1" data-autofocus data-test="import-problems">
<h2 class="error-summary__title">[[inventory.import_refused]] ({{PROBLEM_COUNT}})</h2>
<table class="table"><thead><tr><th scope="col" class="num">[[inventory.row]]</th><th scope="col">[[inventory.column]]</th><th scope="col">[[inventory.problem]]</th></tr></thead>
<tbody>{{#PROBLEM}}<tr><td class="num">{{ROW}}</td><td><code>{{COLUMN}}</code></td><td>{{WHY}}</td></tr>
{{/PROBLEM}}</tbody></table>
</div>{{/HAS_PROBLEMS}}
<p class="muted">[[inventory.import_intro]]</p>
<p><code>{{COLUMNS}}</code></p>
<form class="form" method="post" action="/inventory/import" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{FILE_FIELD:none}}
  <div class="actions"><button type="submit" class="button">[[inventory.import]]</button> <a href="/inventory">[[inventory.cancel]]</a></div>
</form>

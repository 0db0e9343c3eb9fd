{{%AUTOESCAPE context="HTML"}}<h1>[[plan.import_title]]</h1>
{{ERROR_SUMMARY:none}}
<p class="lead">[[plan.import_intro]]</p>
<p><code>strategy,<wbr>seq,<wbr>project_th,<wbr>objectives_th,<wbr>years_be,<wbr>responsible_units_th,<wbr>system_kind</code></p>
{{#DONE}}<p class="notice" role="status" data-test="import-done">[[plan.import_done]] [[plan.import_added]] {{ADDED}} · [[plan.import_updated]] {{UPDATED}}</p>{{/DONE}}
{{#ROW_ERRORS}}<div class="error-summary" role="alert" data-test="import-errors">
<h2 class="error-summary__title">[[plan.import_rejected]]</h2>
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[plan.import_rejected]]</caption>
  <thead><tr><th scope="col" class="num">[[plan.import_row]]</th><th scope="col">[[plan.import_column]]</th><th scope="col">[[plan.import_why]]</th></tr></thead>
  <tbody>
  {{#ROW_ERROR}}<tr data-test="row-error"><td class="num">{{ROW}}</td><td><code>{{COLUMN}}</code></td><td>{{WHY}}</td></tr>
  {{/ROW_ERROR}}
  </tbody>
</table>
</div>
</div>{{/ROW_ERRORS}}
<form class="form" method="post" action="/plan/import" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{PLAN_FIELD:none}}
  {{FILE_FIELD:none}}
  <div class="actions"><button type="submit" class="button">[[plan.import_submit]]</button></div>
</form>

{{%AUTOESCAPE context="HTML"}}<h1>[[calendar.title]] [[calendar.year]] {{YEAR_BE}}</h1>
{{#HAS_NOTICE}}<div class="notice" role="status">{{NOTICE}}</div>{{/HAS_NOTICE}}
{{ERROR_SUMMARY:none}}
<nav class="pager" aria-label="[[calendar.years]]">
  <a href="/admin/holidays?year={{PREV}}">« {{PREV_BE}}</a>
  <a href="/admin/holidays?year={{NEXT}}">{{NEXT_BE}} »</a>
</nav>
{{#EMPTY}}<p class="empty-state">[[calendar.empty]]</p>{{/EMPTY}}
<div class="table-wrap"><table class="table" data-test="holidays">
  <caption>[[calendar.title]] {{YEAR_BE}}</caption>
  <thead><tr><th scope="col">[[calendar.date]]</th><th scope="col">[[calendar.weekday]]</th><th scope="col">[[calendar.name_th]]</th>{{#MAY_EDIT}}<th scope="col"><span class="visually-hidden">[[calendar.actions]]</span></th>{{/MAY_EDIT}}</tr></thead>
  <tbody>
  {{#HOLIDAY}}<tr><td class="nowrap">{{DATE}}</td><td>{{WEEKDAY}}</td><td>{{NAME}}</td>{{#ROW_EDIT}}<td>
    <form method="post" action="/admin/holidays/{{ISO}}/remove"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <button type="submit" class="link-button">[[calendar.remove]]<span class="visually-hidden"> {{DATE}}</span></button></form></td>{{/ROW_EDIT}}</tr>
  {{/HOLIDAY}}
  </tbody>
</table></div>
{{#MAY_EDIT}}
<section aria-labelledby="add-title">
<h2 id="add-title">[[calendar.add]]</h2>
<p class="muted">[[calendar.add_hint]]</p>
<form class="form" method="post" action="/admin/holidays" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <div class="field{{#HAS_ERROR_DATE}} field--error{{/HAS_ERROR_DATE}}">
    <label for="date">[[calendar.date]]</label>
    <span class="field__hint">[[calendar.date_hint]]</span>
    {{#HAS_ERROR_DATE}}<span class="field__error">{{ERROR_DATE}}</span>{{/HAS_ERROR_DATE}}
    <input type="text" id="date" name="date" value="{{FORM_DATE}}" inputmode="numeric" autocomplete="off">
  </div>
  <div class="field{{#HAS_ERROR_NAME_TH}} field--error{{/HAS_ERROR_NAME_TH}}">
    <label for="name_th">[[calendar.name_th]]</label>
    {{#HAS_ERROR_NAME_TH}}<span class="field__error">{{ERROR_NAME_TH}}</span>{{/HAS_ERROR_NAME_TH}}
    <input type="text" id="name_th" name="name_th" value="{{FORM_NAME_TH}}">
  </div>
  <div class="field">
    <label for="name_en">[[calendar.name_en]]</label>
    <input type="text" id="name_en" name="name_en" value="{{FORM_NAME_EN}}" lang="en">
  </div>
  <div class="actions"><button type="submit" class="button">[[calendar.save]]</button></div>
</form>
</section>
{{/MAY_EDIT}}

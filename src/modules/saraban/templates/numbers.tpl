{{%AUTOESCAPE context="HTML"}}<h1>[[saraban.numbers.title]] [[saraban.year]] {{YEAR_BE}}</h1>
<p class="muted">[[saraban.numbers.intro]]</p>
<form class="filters" method="get" action="/saraban/numbers" role="search" aria-label="[[saraban.filter]]">
  <div class="field">
    <label for="register">[[saraban.register]]</label>
    <select id="register" name="register" class="input">
      {{#REGISTER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/REGISTER_OPTION}}
    </select>
  </div>
  <div class="actions"><button type="submit" class="button">[[saraban.apply_filter]]</button></div>
</form>
{{#CAN_RESERVE}}<form class="form" method="post" action="/saraban/numbers" data-test="reserve-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="register" value="{{CODE}}">
  <div class="field">
    <label for="note">[[saraban.field.note]]</label>
    <input type="text" id="note" name="note" class="input" maxlength="500">
  </div>
  <div class="actions"><button type="submit" class="button">[[saraban.numbers.reserve]]</button></div>
</form>{{/CAN_RESERVE}}
<div class="table-wrap">
<table class="table" data-test="numbers">
<thead><tr>
  <th scope="col">[[saraban.col.no]]</th>
  <th scope="col">[[saraban.col.reference]]</th>
  <th scope="col">[[saraban.col.status_number]]</th>
  <th scope="col">[[saraban.col.note]]</th>
  <th scope="col">[[saraban.col.received]]</th>
  <th scope="col"><span class="visually-hidden">[[saraban.numbers.cancel]]</span></th>
</tr></thead>
<tbody>
{{#NUMBER}}<tr data-status="{{STATUS}}">
  <td><strong>{{NO}}</strong></td>
  <td>{{REFERENCE}}</td>
  <td>{{STATUS_TAG:none}}</td>
  <td>{{NOTE}}</td>
  <td>{{TAKEN}} · {{BY}}</td>
  <td>{{#CAN_CANCEL}}<form method="post" action="/saraban/numbers/cancel">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="register" value="{{CODE}}">
    <input type="hidden" name="year" value="{{YEAR}}">
    <input type="hidden" name="number" value="{{NO}}">
    <button type="submit" class="button button--secondary button--small">[[saraban.numbers.cancel]]<span class="visually-hidden"> {{NO}}</span></button>
  </form>{{/CAN_CANCEL}}</td>
</tr>
{{/NUMBER}}</tbody>
</table>
</div>

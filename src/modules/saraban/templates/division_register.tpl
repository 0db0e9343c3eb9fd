{{%AUTOESCAPE context="HTML"}}<h1>{{TITLE}} [[saraban.year]] {{YEAR_BE}}</h1>
<nav class="toolbar" aria-label="[[saraban.registers]]">
  <p><a href="/saraban/inbox">[[saraban.inbox.title]]</a> · <a href="/saraban/incoming">[[saraban.incoming.title]]</a> · <a href="/saraban/outgoing">[[saraban.outgoing.title]]</a> · <a href="/saraban/delegations">[[saraban.delegations.title]]</a></p>
</nav>
<p class="muted">[[saraban.division.intro]]</p>
{{#DIVISION_PICK}}<form class="filters" method="get" action="/saraban/division-register" aria-label="[[saraban.division.pick]]">
  <div class="field">
    <label for="division">[[saraban.division.pick]]</label>
    <select id="division" name="division" class="input">
      {{#DIVISION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/DIVISION_OPTION}}
    </select>
  </div>
  <div class="actions"><button type="submit" class="button button--secondary">[[saraban.division.open]]</button></div>
</form>{{/DIVISION_PICK}}
<div class="toolbar">
  <p class="muted" data-test="count">{{COUNT}} [[saraban.division.lines]]</p>
  <p><a href="/saraban/registers/{{CODE}}/pdf?{{EXPORT_QUERY}}" data-test="register-pdf">[[saraban.export_pdf]]</a>
  · <a href="/saraban/registers/{{CODE}}/xlsx?{{EXPORT_QUERY}}" data-test="register-xlsx">[[saraban.export_xlsx]]</a></p>
</div>
<form class="filters" method="get" action="{{PATH}}" role="search" aria-label="[[saraban.filter]]" data-test="register-filter">
  <div class="field">
    <label for="year">[[saraban.year]]</label>
    <select id="year" name="year" class="input">
      {{#YEAR_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YEAR_OPTION}}
    </select>
  </div>
  {{FROM_FIELD:none}}
  {{TO_FIELD:none}}
  <div class="actions">
    <button type="submit" class="button">[[saraban.apply_filter]]</button>
    <a href="{{PATH}}">[[saraban.clear_filter]]</a>
  </div>
</form>
{{EMPTY:none}}
{{#HAS_LINES}}<div class="table-wrap">
<table class="table" data-test="division-register">
<caption class="visually-hidden">{{TITLE}} [[saraban.year]] {{YEAR_BE}}</caption>
<thead><tr>
  <th scope="col">[[saraban.division_no]]</th>
  <th scope="col">[[saraban.division.received]]</th>
  <th scope="col">[[saraban.col.reference]]</th>
  <th scope="col">[[saraban.col.dated]]</th>
  <th scope="col">[[saraban.col.from]]</th>
  <th scope="col">[[saraban.col.to]]</th>
  <th scope="col">[[saraban.col.subject]]</th>
  <th scope="col">[[saraban.col.action]]</th>
</tr></thead>
<tbody>
{{#LINE}}<tr data-no="{{NO}}"{{#URGENT_ROW}} data-urgent="1"{{/URGENT_ROW}}>
  <td class="nowrap"><strong>{{NO}}</strong></td>
  <td class="nowrap"><time datetime="{{TAKEN_UTC}}">{{TAKEN}}</time></td>
  {{#HAS_LETTER}}<td>{{REFERENCE}}</td>
  <td class="nowrap">{{DATED}}</td>
  <td>{{FROM}}</td>
  <td>{{TO}}</td>
  <td>{{#URGENT}}{{URGENCY_TAG:none}} {{/URGENT}}{{#SECRET}}{{SECRECY_TAG:none}} {{/SECRET}}{{#SHOW_SUBJECT}}{{SUBJECT}}{{/SHOW_SUBJECT}}{{#HIDE_SUBJECT}}<span class="muted" data-test="hidden-subject">{{HIDDEN}}</span>{{/HIDE_SUBJECT}}</td>
  <td><a href="/saraban/jobs/{{JOB_ID}}" data-test="open-job">[[saraban.open_job]]<span class="visually-hidden"> {{NO}}</span></a></td>{{/HAS_LETTER}}
  {{#NO_LETTER}}<td colspan="6" class="muted">{{STATE}} {{NOTE}}</td>{{/NO_LETTER}}
</tr>
{{/LINE}}</tbody>
</table>
</div>{{/HAS_LINES}}
{{PAGER:none}}

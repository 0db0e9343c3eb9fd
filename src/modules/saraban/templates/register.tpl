{{%AUTOESCAPE context="HTML"}}<h1>{{TITLE}} [[saraban.year]] {{YEAR_BE}}</h1>
<nav class="toolbar" aria-label="[[saraban.registers]]">
  <p><a href="/saraban/inbox">[[saraban.inbox.title]]</a> · <a href="/saraban/incoming">[[saraban.incoming.title]]</a> · <a href="/saraban/outgoing">[[saraban.outgoing.title]]</a> · <a href="/saraban/numbers">[[saraban.numbers.title]]</a> · <a href="/saraban/mail">[[saraban.mail.title]]</a> · <a href="/saraban/destruction">[[saraban.destruction.title]]</a></p>
</nav>
<form class="filters" method="get" action="/search" role="search" aria-label="[[saraban.search]]">
  <input type="hidden" name="kind" value="saraban.letter">
  <div class="field">
    <label for="q">[[saraban.search]]</label>
    <span class="field__hint" id="q-hint">[[saraban.search_hint]]</span>
    <input type="search" id="q" name="q" class="input" aria-describedby="q-hint">
  </div>
  <div class="actions"><button type="submit" class="button button--secondary">[[saraban.search_button]]</button></div>
</form>
<div class="toolbar">
  <p class="muted" data-test="count">{{COUNT}} [[saraban.letters]]</p>
  <p><a href="/saraban/registers/{{CODE}}/pdf?{{EXPORT_QUERY}}" data-test="register-pdf">[[saraban.export_pdf]]</a>
  · <a href="/saraban/registers/{{CODE}}/xlsx?{{EXPORT_QUERY}}">[[saraban.export_xlsx]]</a></p>
  {{#CAN_REGISTER}}<a class="button" href="{{NEW_URL}}" data-test="register-new">{{NEW_LABEL}}</a>{{/CAN_REGISTER}}
</div>
<form class="filters" method="get" action="{{PATH}}" role="search" aria-label="[[saraban.filter]]" data-test="register-filter">
  {{#REGISTER_PICK}}<div class="field">
    <label for="register">[[saraban.register]]</label>
    <select id="register" name="register" class="input">
      {{#REGISTER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/REGISTER_OPTION}}
    </select>
  </div>{{/REGISTER_PICK}}
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
{{#HAS_LETTERS}}<div class="table-wrap">
<table class="table" data-test="incoming-register">
<caption class="visually-hidden">{{TITLE}} [[saraban.year]] {{YEAR_BE}}</caption>
<thead><tr>
  <th scope="col">[[saraban.col.no]]</th>
  <th scope="col">[[saraban.col.reference]]</th>
  <th scope="col">[[saraban.col.dated]]</th>
  <th scope="col">[[saraban.col.from]]</th>
  <th scope="col">[[saraban.col.to]]</th>
  <th scope="col">[[saraban.col.subject]]</th>
  <th scope="col">[[saraban.col.action]]</th>
  <th scope="col">[[saraban.col.received]]</th>
</tr></thead>
<tbody>
{{#LETTER}}<tr data-no="{{NO}}"{{#URGENT_ROW}} data-urgent="1"{{/URGENT_ROW}}>
  <td class="nowrap"><strong>{{NO}}</strong></td>
  <td>{{REFERENCE}}</td>
  <td class="nowrap">{{DATED}}</td>
  <td>{{FROM}}</td>
  <td>{{TO}}</td>
  <td>{{#URGENT}}{{URGENCY_TAG:none}} {{/URGENT}}{{#SECRET}}{{SECRECY_TAG:none}} {{/SECRET}}{{#SHOW_SUBJECT}}{{SUBJECT}}{{/SHOW_SUBJECT}}{{#HIDE_SUBJECT}}<span class="muted" data-test="hidden-subject">{{HIDDEN}}</span>{{/HIDE_SUBJECT}}</td>
  <td><a href="/saraban/jobs/{{JOB_ID}}">[[saraban.open_job]]<span class="visually-hidden"> {{NO}}</span></a></td>
  <td class="nowrap"><time datetime="{{RECEIVED_UTC}}">{{RECEIVED}}</time></td>
</tr>
{{/LETTER}}</tbody>
</table>
</div>{{/HAS_LETTERS}}
{{PAGER:none}}

{{%AUTOESCAPE context="HTML"}}<h1>[[audit.title]]</h1>
{{SECTIONS:none}}
<p class="muted">[[audit.intro]]</p>
{{ERROR_SUMMARY:none}}
<form class="filters" method="get" action="/admin/audit" role="search" aria-label="[[audit.filter]]" data-test="audit-filter">
  <div class="field{{#HAS_ERROR_ACTOR}} field--error{{/HAS_ERROR_ACTOR}}">
    <label for="actor">[[audit.actor]]</label>
    <span class="field__hint" id="actor-hint">[[audit.actor_hint]]</span>
    {{#HAS_ERROR_ACTOR}}<span class="field__error" id="actor-error">{{ERROR_ACTOR}}</span>{{/HAS_ERROR_ACTOR}}
    <input type="text" id="actor" name="actor" value="{{ACTOR}}" maxlength="200" autocomplete="off" aria-describedby="actor-hint{{#HAS_ERROR_ACTOR}} actor-error{{/HAS_ERROR_ACTOR}}">
  </div>
  <div class="field{{#HAS_ERROR_ACTION}} field--error{{/HAS_ERROR_ACTION}}">
    <label for="action">[[audit.action]]</label>
    <span class="field__hint" id="action-hint">[[audit.action_hint]]</span>
    {{#HAS_ERROR_ACTION}}<span class="field__error" id="action-error">{{ERROR_ACTION}}</span>{{/HAS_ERROR_ACTION}}
    <input type="text" id="action" name="action" value="{{ACTION}}" maxlength="200" autocomplete="off" aria-describedby="action-hint{{#HAS_ERROR_ACTION}} action-error{{/HAS_ERROR_ACTION}}">
  </div>
  <div class="field{{#HAS_ERROR_ENTITY_TYPE}} field--error{{/HAS_ERROR_ENTITY_TYPE}}">
    <label for="entity_type">[[audit.entity_type]]</label>
    {{#HAS_ERROR_ENTITY_TYPE}}<span class="field__error" id="entity_type-error">{{ERROR_ENTITY_TYPE}}</span>{{/HAS_ERROR_ENTITY_TYPE}}
    <input type="text" id="entity_type" name="entity_type" value="{{ENTITY_TYPE}}" maxlength="200" autocomplete="off"{{#HAS_ERROR_ENTITY_TYPE}} aria-describedby="entity_type-error"{{/HAS_ERROR_ENTITY_TYPE}}>
  </div>
  <div class="field{{#HAS_ERROR_ENTITY_ID}} field--error{{/HAS_ERROR_ENTITY_ID}}">
    <label for="entity_id">[[audit.entity_id]]</label>
    {{#HAS_ERROR_ENTITY_ID}}<span class="field__error" id="entity_id-error">{{ERROR_ENTITY_ID}}</span>{{/HAS_ERROR_ENTITY_ID}}
    <input type="text" id="entity_id" name="entity_id" value="{{ENTITY_ID}}" maxlength="200" autocomplete="off"{{#HAS_ERROR_ENTITY_ID}} aria-describedby="entity_id-error"{{/HAS_ERROR_ENTITY_ID}}>
  </div>
  <div class="field{{#HAS_ERROR_FROM}} field--error{{/HAS_ERROR_FROM}}">
    <label for="from">[[audit.from]]</label>
    <span class="field__hint" id="from-hint">[[ui.date_hint]]</span>
    {{#HAS_ERROR_FROM}}<span class="field__error" id="from-error">{{ERROR_FROM}}</span>{{/HAS_ERROR_FROM}}
    <input class="input input--narrow input--date" type="text" id="from" name="from" value="{{FROM}}" inputmode="numeric" autocomplete="off" spellcheck="false" data-thai-date aria-describedby="from-hint{{#HAS_ERROR_FROM}} from-error{{/HAS_ERROR_FROM}}">
    <span class="field__preview" id="from-preview" data-thai-date-preview="from" aria-live="polite"></span>
  </div>
  <div class="field{{#HAS_ERROR_TO}} field--error{{/HAS_ERROR_TO}}">
    <label for="to">[[audit.to]]</label>
    <span class="field__hint" id="to-hint">[[ui.date_hint]]</span>
    {{#HAS_ERROR_TO}}<span class="field__error" id="to-error">{{ERROR_TO}}</span>{{/HAS_ERROR_TO}}
    <input class="input input--narrow input--date" type="text" id="to" name="to" value="{{TO}}" inputmode="numeric" autocomplete="off" spellcheck="false" data-thai-date aria-describedby="to-hint{{#HAS_ERROR_TO}} to-error{{/HAS_ERROR_TO}}">
    <span class="field__preview" id="to-preview" data-thai-date-preview="to" aria-live="polite"></span>
  </div>
  <div class="actions">
    <button type="submit" class="button">[[audit.apply_filter]]</button>
    <a href="/admin/audit">[[audit.clear_filter]]</a>
  </div>
</form>

{{#RESULTS}}
<div class="actions">
  <a class="button button--secondary" href="{{EXPORT_HREF}}" data-test="audit-export" aria-describedby="export-hint">[[audit.export_csv]]</a>
  <span class="muted" id="export-hint">[[audit.export_hint]]</span>
</div>
{{#HAS_ENTRIES}}<div class="table-wrap">
<table class="table" data-test="audit-entries">
  <caption>[[audit.entries_caption]]</caption>
  <thead><tr>
    <th scope="col" class="num">[[audit.seq]]</th>
    <th scope="col">[[audit.time]]</th>
    <th scope="col">[[audit.actor]]</th>
    <th scope="col">[[audit.action]]</th>
    <th scope="col">[[audit.entity]]</th>
    <th scope="col">[[audit.changes]]</th>
  </tr></thead>
  <tbody>
{{#ENTRY}}  <tr data-test="audit-entry" data-seq="{{SEQ}}">
    <td class="num">{{SEQ}}</td>
    <td><time datetime="{{AT_UTC}}">{{AT}}</time></td>
    <td>{{#HAS_ACTOR}}<a href="{{ACTOR_HREF}}" title="[[audit.filter_by_actor]]">{{ACTOR}}</a>{{/HAS_ACTOR}}{{#ACTOR_KIND}} <span class="tag">{{LABEL}}</span>{{/ACTOR_KIND}}{{#HAS_IP}}<br><small class="muted">{{CLIENT_IP}}</small>{{/HAS_IP}}</td>
    <td><code>{{ACTION}}</code></td>
    <td>{{#HAS_ENTITY}}<a href="{{ENTITY_HREF}}" title="[[audit.filter_by_entity]]">{{ENTITY_TYPE}} {{ENTITY_ID}}</a>{{/HAS_ENTITY}}</td>
    <td>{{#HAS_CHANGES}}<ul class="list-plain">{{#CHANGE}}
      <li>{{#HAS_FIELD}}<strong>{{FIELD}}</strong>: {{/HAS_FIELD}}{{#NOTE}}{{VALUE}}{{/NOTE}}{{#DIFF}}<span class="muted">{{BEFORE}}</span> → {{AFTER}}{{/DIFF}}</li>{{/CHANGE}}
    </ul>{{/HAS_CHANGES}}</td>
  </tr>
{{/ENTRY}}  </tbody>
</table>
</div>{{/HAS_ENTRIES}}
{{#NO_ENTRIES}}<p class="notice" data-test="audit-empty">[[audit.no_entries]]</p>{{/NO_ENTRIES}}
<nav class="pager" aria-label="[[audit.pages]]">
  {{#HAS_NEWER}}<a href="{{NEWEST_HREF}}" data-test="audit-newest">[[audit.newest]]</a>{{/HAS_NEWER}}
  {{#HAS_OLDER}}<a href="{{OLDER_HREF}}" rel="next" data-test="audit-older">[[audit.older]]</a>{{/HAS_OLDER}}
</nav>
{{/RESULTS}}

{{%AUTOESCAPE context="HTML"}}<h1>[[audit.personal_reads_title]]</h1>
{{SECTIONS:none}}
<p class="muted">[[audit.personal_reads_intro]]</p>
{{ERROR_SUMMARY:none}}
<form class="filters" method="get" action="/admin/personal-reads" role="search" aria-label="[[audit.filter]]">
  <div class="field{{#HAS_ERROR_ACTOR}} field--error{{/HAS_ERROR_ACTOR}}">
    <label for="actor">[[audit.reader]]</label>
    <span class="field__hint" id="actor-hint">[[audit.actor_hint]]</span>
    {{#HAS_ERROR_ACTOR}}<span class="field__error" id="actor-error">{{ERROR_ACTOR}}</span>{{/HAS_ERROR_ACTOR}}
    <input type="text" id="actor" name="actor" value="{{ACTOR}}" maxlength="200" autocomplete="off" aria-describedby="actor-hint{{#HAS_ERROR_ACTOR}} actor-error{{/HAS_ERROR_ACTOR}}">
  </div>
  <div class="actions">
    <button type="submit" class="button">[[audit.apply_filter]]</button>
    <a href="/admin/personal-reads">[[audit.clear_filter]]</a>
  </div>
</form>

{{#RESULTS}}
{{#HAS_READS}}<div class="table-wrap">
<table class="table" data-test="personal-reads">
  <caption>[[audit.personal_reads_caption]]</caption>
  <thead><tr>
    <th scope="col">[[audit.time]]</th>
    <th scope="col">[[audit.reader]]</th>
    <th scope="col">[[audit.record]]</th>
    <th scope="col">[[audit.purpose]]</th>
    <th scope="col">[[audit.request]]</th>
  </tr></thead>
  <tbody>
{{#READ}}  <tr data-test="personal-read" data-id="{{ID}}">
    <td><time datetime="{{AT_UTC}}">{{AT}}</time></td>
    <td>{{#HAS_ACTOR}}<a href="{{ACTOR_HREF}}">{{ACTOR}}</a>{{/HAS_ACTOR}}{{#ACTOR_KIND}} <span class="tag">{{LABEL}}</span>{{/ACTOR_KIND}}</td>
    <td>{{ENTITY_TYPE}} {{ENTITY_ID}}</td>
    <td>{{PURPOSE}}</td>
    <td><small class="muted">{{REQUEST_ID}}<br>{{CLIENT_IP}}</small></td>
  </tr>
{{/READ}}  </tbody>
</table>
</div>{{/HAS_READS}}
{{#NO_READS}}<p class="notice">[[audit.no_personal_reads]]</p>{{/NO_READS}}
<nav class="pager" aria-label="[[audit.pages]]">
  {{#HAS_NEWER}}<a href="{{NEWEST_HREF}}">[[audit.newest]]</a>{{/HAS_NEWER}}
  {{#HAS_OLDER}}<a href="{{OLDER_HREF}}" rel="next">[[audit.older]]</a>{{/HAS_OLDER}}
</nav>
{{/RESULTS}}

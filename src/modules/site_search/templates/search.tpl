{{%AUTOESCAPE context="HTML"}}<h1>[[site_search.title]]</h1>
{{ERROR_SUMMARY:none}}
<form class="search-form" method="get" action="/search" role="search">
  <div class="field">
    <label for="q">[[site_search.field_q]]</label>
    <input type="search" id="q" name="q" value="{{Q}}" aria-describedby="q-hint" autocomplete="off">
  </div>
  <div class="field">
    <label for="kind">[[site_search.field_kind]]</label>
    <select id="kind" name="kind">
      <option value="">[[site_search.all_kinds]]</option>
      {{#KIND}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND}}
    </select>
  </div>
  <div class="actions"><button type="submit" class="button">[[site_search.submit]]</button></div>
  <p class="field__hint search-form__hint" id="q-hint">[[site_search.hint]]</p>
</form>
{{#NO_RESULTS}}<p class="empty-state" role="status">[[site_search.no_results]]</p>{{/NO_RESULTS}}
{{#NEWEST_ONLY}}<p class="notice" role="status">[[site_search.newest_only]]</p>{{/NEWEST_ONLY}}
{{#HAS_RESULTS}}<p class="muted" role="status">[[site_search.showing]] {{FIRST}}–{{LAST}}</p>{{/HAS_RESULTS}}
<ol class="search-results">
{{#HIT}}<li class="search-result" data-test="hit">
  <span class="tag">{{KIND}}</span>
  <h2 class="search-result__title"><a href="{{URL}}">{{TITLE_HTML:none}}</a></h2>
  <p class="search-result__snippet">{{SNIPPET_HTML:none}}</p>
</li>
{{/HIT}}
</ol>
<nav class="pager" aria-label="[[site_search.pages]]">
{{#PREV}}<a href="{{PREV_HREF}}">[[site_search.previous]]</a>{{/PREV}}
{{#NEXT}}<a href="{{NEXT_HREF}}">[[site_search.next]]</a>{{/NEXT}}
</nav>

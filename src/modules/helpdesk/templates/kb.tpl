{{%AUTOESCAPE context="HTML"}}<div class="toolbar"><h1>[[helpdesk.kb]]</h1>
{{#CAN_WRITE}}<a class="button button--secondary" href="/helpdesk/kb/new">[[helpdesk.kb_new]]</a>{{/CAN_WRITE}}</div>
<form class="search-form" method="get" action="/helpdesk/kb" role="search">
  <label for="q">[[helpdesk.kb_search]]</label>
  <input type="search" id="q" name="q" value="{{Q}}">
  <button type="submit" class="button">[[helpdesk.kb_search_button]]</button>
</form>
<nav aria-label="[[helpdesk.field.category]]"><ul class="chips">
{{#CATEGORY}}<li><a href="/helpdesk/kb?category={{CODE}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{NAME}}</a></li>{{/CATEGORY}}
</ul></nav>
{{#SEARCHED}}<ol class="search-results" data-test="kb-hits">
{{#HIT}}<li><a href="{{URL}}">{{TITLE:none}}</a><p class="muted">{{SNIPPET:none}}</p></li>{{/HIT}}
</ol>{{/SEARCHED}}
<ul class="article-list" data-test="kb-articles">
{{#ARTICLE}}<li><a href="/helpdesk/kb/{{ID}}">{{TITLE}}</a>{{#STAFF_ONLY}} <span class="tag">[[helpdesk.staff_only]]</span>{{/STAFF_ONLY}}</li>
{{/ARTICLE}}</ul>

{{%AUTOESCAPE context="HTML"}}<h1>[[notifications.title]]</h1>
{{#HAS_UNREAD}}<div class="toolbar">
  <p class="muted" data-test="unread-count">{{UNREAD_COUNT}} [[notifications.unread_count]]</p>
  <form method="post" action="/notifications/read-all"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button button--secondary button--small">[[notifications.mark_all_read]]</button></form>
</div>{{/HAS_UNREAD}}
{{EMPTY:none}}
{{#HAS_ITEMS}}<ol class="notification-list" data-test="notifications">
{{#ITEM}}<li class="notification{{#UNREAD}} notification--unread{{/UNREAD}}" data-id="{{ID}}">
  <div class="notification__head">{{#UNREAD}}{{UNREAD_TAG:none}} {{/UNREAD}}<strong class="notification__subject">{{SUBJECT}}</strong></div>
  {{#HAS_BODY}}<p class="notification__body">{{BODY}}</p>{{/HAS_BODY}}
  <div class="notification__foot"><time datetime="{{CREATED_AT_UTC}}" class="muted">{{CREATED_AT}}</time>
  {{#HAS_LINK}}<form method="post" action="/notifications/{{ID}}/open"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <button type="submit" class="button button--small">[[notifications.open]]<span class="visually-hidden"> {{SUBJECT}}</span></button></form>{{/HAS_LINK}}
  {{#READ_ONLY}}<form method="post" action="/notifications/{{ID}}/open"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <button type="submit" class="link-button">[[notifications.mark_read]]<span class="visually-hidden"> {{SUBJECT}}</span></button></form>{{/READ_ONLY}}
  </div>
</li>
{{/ITEM}}</ol>{{/HAS_ITEMS}}
{{#PAGES}}<nav class="pager" aria-label="[[notifications.title]]">
  {{#NEWEST}}<a href="/notifications">« [[notifications.newest]]</a>{{/NEWEST}}
  {{#OLDER}}<a href="/notifications?before={{BEFORE}}" rel="next">[[notifications.older]] »</a>{{/OLDER}}
</nav>{{/PAGES}}
<section aria-labelledby="channels-title">
<h2 id="channels-title">[[notifications.channels]]</h2>
<p class="muted">[[notifications.channels_hint]]</p>
<form class="form" method="post" action="/notifications/preferences">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{IN_APP_FIELD:none}}
  {{EMAIL_FIELD:none}}
  <div class="actions"><button type="submit" class="button">[[notifications.save]]</button></div>
</form>
</section>

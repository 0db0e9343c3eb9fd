{{%AUTOESCAPE context="HTML"}}<div class="error-page">
  <h1>{{MESSAGE}}</h1>
  {{#FIELD}}<p><strong>{{NAME}}</strong>: {{WHY}}</p>{{/FIELD}}
  <p class="muted">[[ui.error_code]] {{STATUS}} · [[ui.request_id]] <code>{{REQUEST_ID}}</code></p>
  <p><a class="button button--secondary" href="/">[[ui.back_home]]</a></p>
</div>

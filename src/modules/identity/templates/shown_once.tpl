{{%AUTOESCAPE context="HTML"}}<section class="shown-once" role="alert" aria-labelledby="shown-once-title" tabindex="-1" data-autofocus data-test="shown-once">
  <h2 id="shown-once-title">{{HEADING}}</h2>
  <p>{{INTRO}}</p>
  <p class="secret" data-test="secret">{{SECRET}}</p>
  <p class="shown-once__warning"><strong>[[identity.admin.shown_once_warning]]</strong></p>
  {{#TOKEN_USAGE}}<p class="muted">[[identity.admin.token_usage]] <code>Authorization: Bearer pao_…</code></p>{{/TOKEN_USAGE}}
</section>

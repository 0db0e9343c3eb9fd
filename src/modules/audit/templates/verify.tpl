{{%AUTOESCAPE context="HTML"}}<h1>[[audit.verify_title]]</h1>
{{SECTIONS:none}}
<p>[[audit.verify_intro]]</p>
{{#INTACT}}<div class="notice" role="status" data-test="chain-intact">
  <p><strong>[[audit.chain_intact]]</strong></p>
  <p>[[audit.checked_entries]] <strong>{{COUNT}}</strong></p>
</div>{{/INTACT}}
{{#BROKEN}}<div class="error-summary" role="alert" data-test="chain-broken" data-first-bad-seq="{{FIRST_BAD_SEQ}}">
  <h2 class="error-summary__title">[[audit.chain_broken]]</h2>
  <p><strong>[[audit.first_bad_seq]] {{FIRST_BAD_SEQ}}</strong> (<a href="{{BAD_HREF}}">[[audit.see_entry]]</a>)</p>
  <p>[[audit.broken_advice]]</p>
  <p>[[audit.checked_before_bad]] {{COUNT}}</p>
  <p class="muted">[[audit.technical_reason]] {{REASON}}</p>
</div>{{/BROKEN}}
<p class="muted">[[audit.checked_at]] {{CHECKED_AT}}</p>

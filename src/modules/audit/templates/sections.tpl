{{%AUTOESCAPE context="HTML"}}<nav class="actions" aria-label="[[audit.sections]]">
  {{#ENTRIES_LINK}}<a href="/admin/audit">[[audit.entries_link]]</a>{{/ENTRIES_LINK}}{{#ENTRIES_CURRENT}}<strong aria-current="page">[[audit.entries_link]]</strong>{{/ENTRIES_CURRENT}}
  {{#VERIFY_LINK}}<a href="/admin/audit/verify">[[audit.verify_link]]</a>{{/VERIFY_LINK}}{{#VERIFY_CURRENT}}<strong aria-current="page">[[audit.verify_link]]</strong>{{/VERIFY_CURRENT}}
</nav>

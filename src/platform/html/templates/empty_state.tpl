{{%AUTOESCAPE context="HTML"}}<div class="empty-state" data-component="empty-state">
  <svg class="empty-state__icon" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false"><path d="M6 28l6-18h24l6 18v10a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2z"/><path d="M6 28h11l2 5h10l2-5h11"/></svg>
  <p class="empty-state__title">{{TITLE}}</p>
  {{#BODY}}<p class="empty-state__body">{{BODY_TEXT}}</p>{{/BODY}}
  {{#ACTION}}<p class="empty-state__action"><a class="button button--secondary" href="{{HREF}}">{{LABEL}}</a></p>{{/ACTION}}
</div>

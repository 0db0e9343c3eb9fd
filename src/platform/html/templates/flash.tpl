{{%AUTOESCAPE context="HTML"}}<div class="notice notice--success flash" role="status" data-component="flash">
  <svg class="notice__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="10" cy="10" r="9"/><path d="M5.5 10.5l3 3 6-7"/></svg>
  <p class="notice__text">{{TEXT}}</p>
</div>

{{%AUTOESCAPE context="HTML"}}<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" data-autofocus>
  <h2 class="error-summary__title" id="error-summary-title">[[ui.there_is_a_problem]]</h2>
  <p>{{MESSAGE}}</p>
  {{#LIST}}<ul class="error-summary__list">
    {{#ITEM}}<li><a href="#{{FIELD}}">{{LABEL}}: {{WHY}}</a></li>{{/ITEM}}
  </ul>{{/LIST}}
</div>

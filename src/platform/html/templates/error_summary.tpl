{{%AUTOESCAPE context="HTML"}}<div class="error-summary"{{#LIVE}} role="alert" tabindex="-1" data-autofocus{{/LIVE}} aria-labelledby="{{ID}}-title" data-component="error-summary">
  <h2 class="error-summary__title" id="{{ID}}-title">[[ui.there_is_a_problem]]</h2>
  <p>{{MESSAGE}}</p>
  {{#LIST}}<ul class="error-summary__list">
    {{#ITEM}}<li><a href="#{{FIELD}}">{{LABEL}}: {{WHY}}</a></li>{{/ITEM}}
  </ul>{{/LIST}}
</div>

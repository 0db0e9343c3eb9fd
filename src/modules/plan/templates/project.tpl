{{%AUTOESCAPE context="HTML"}}<article class="project">
<p class="hero__label">[[plan.strategy]] {{STRATEGY_NUMBER}} · {{STRATEGY}}</p>
<h1>[[plan.project]] {{NUMBER}} {{NAME}}</h1>
<dl class="details">
  <dt>[[plan.objectives]]</dt><dd>{{OBJECTIVES}}</dd>
  <dt>[[plan.responsible]]</dt><dd>{{RESPONSIBLE}}</dd>
  <dt>[[plan.system_kind]]</dt><dd>{{KIND}}</dd>
  <dt>[[plan.fiscal_years]]</dt><dd>{{#FISCAL_YEAR}}<span class="tag">{{YEAR}}</span> {{/FISCAL_YEAR}}</dd>
</dl>
</article>

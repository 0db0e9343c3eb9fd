{{%AUTOESCAPE context="HTML"}}<section class="hero" aria-labelledby="vision-label">
  <h1>{{NAME}}</h1>
  <p class="hero__label" id="vision-label">[[org.digital_vision]]</p>
  <p class="hero__quote">“{{DIGITAL_VISION}}”</p>
  <p class="muted">{{DIGITAL_PLAN}}</p>
</section>

<h2>[[org.strategies]]</h2>
<div class="grid">
{{#STRATEGY}}<article class="card" data-test="strategy">
  <p class="card__kicker">[[org.strategy]] {{NUMBER}}</p>
  <h3 class="card__title">{{NAME}}</h3>
  <ul>{{#GOAL}}<li>{{TEXT}}</li>{{/GOAL}}</ul>
  <p class="muted">[[org.projects_in_plan]] {{PROJECTS}}</p>
</article>
{{/STRATEGY}}
</div>

<h2>[[org.missions]]</h2>
<ol>
{{#MISSION}}<li>{{TEXT}}</li>
{{/MISSION}}
</ol>

<h2>[[org.divisions]]</h2>
<ul class="list-plain division-list">
{{#DIVISION}}<li data-test="division" data-code="{{CODE}}">{{NAME}}{{#HAS_OTHER_NAME}}<small>{{OTHER_NAME}}</small>{{/HAS_OTHER_NAME}}</li>
{{/DIVISION}}
</ul>

<h2>[[org.pao_vision]]</h2>
<p>“{{VISION}}”</p>

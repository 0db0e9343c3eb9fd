{{%AUTOESCAPE context="HTML"}}<h1>[[saraban.mail.title]]</h1>
<p class="muted">[[saraban.mail.intro]]</p>
{{EMPTY:none}}
<ul class="list-plain" data-test="mail-drafts">
{{#MAIL}}<li class="card">
  <strong>{{SUBJECT}}</strong><br>
  <span class="muted">{{FROM}} · {{RECEIVED}} · {{FILES}} [[saraban.mail.files]]</span><br>
  {{#DRAFT}}<a class="button button--small" href="/saraban/incoming/new?mail={{ID}}">[[saraban.mail.register]]<span class="visually-hidden"> {{SUBJECT}}</span></a>{{/DRAFT}}
  {{#REGISTERED}}[[saraban.mail.registered]]{{/REGISTERED}}
</li>
{{/MAIL}}</ul>

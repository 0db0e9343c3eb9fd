{{%AUTOESCAPE context="HTML"}}<h1>[[plan.file_report]] {{NUMBER}}</h1>
<p class="lead">{{NAME}}</p>
{{ERROR_SUMMARY:none}}
{{#NO_ROUND}}<p class="notice" role="note">[[plan.no_round_for_project]]</p>{{/NO_ROUND}}
<form class="form" method="post" action="/plan/projects/{{ID}}/report" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{FIELDS:none}}
  <div class="actions"><button type="submit" class="button">[[plan.submit_report]]</button></div>
</form>

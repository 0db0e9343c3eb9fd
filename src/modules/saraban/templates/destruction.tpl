{{%AUTOESCAPE context="HTML"}}<h1>[[saraban.destruction.title]]</h1>
<p class="muted">[[saraban.destruction.intro]]</p>
{{#ALL}}
{{#CAN_PROPOSE}}<form class="form" method="post" action="/saraban/destruction" data-test="propose-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="year" value="{{LAST_YEAR}}">
  <div class="actions"><button type="submit" class="button">[[saraban.destruction.propose]] {{LAST_YEAR_BE}}</button></div>
</form>{{/CAN_PROPOSE}}
<ul class="list-plain" data-test="destruction-lists">
{{#LIST}}<li><a href="/saraban/destruction/{{ID}}">[[saraban.destruction.list_of]] {{YEAR_BE}}</a> · {{STATUS}}</li>
{{/LIST}}</ul>
{{/ALL}}
{{#ONE}}
<h2>[[saraban.destruction.list_of]] {{YEAR_BE}} {{STATUS_TAG:none}}</h2>
{{#APPROVED}}<p>[[saraban.destruction.committee]]: {{COMMITTEE}}<br>[[saraban.destruction.archives]]: {{ARCHIVES}}<br>[[saraban.destruction.approved_at]]: {{APPROVED_AT}}</p>{{/APPROVED}}
<div class="table-wrap">
<table class="table" data-test="destruction-items">
<thead><tr>
  <th scope="col">[[saraban.col.no]]</th>
  <th scope="col">[[saraban.col.reference]]</th>
  <th scope="col">[[saraban.col.dated]]</th>
  <th scope="col">[[saraban.col.subject]]</th>
  <th scope="col">[[saraban.destruction.retention]]</th>
</tr></thead>
<tbody>
{{#ITEM}}<tr><td>{{NO}}</td><td>{{REFERENCE}}</td><td>{{DATED}}</td><td>{{SUBJECT}}</td><td>{{RETENTION}}</td></tr>
{{/ITEM}}</tbody>
</table>
</div>
{{#CAN_APPROVE}}<form class="form" method="post" action="/saraban/destruction/{{ID}}/approve" data-test="approve-destruction">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="chair">[[saraban.destruction.chair]]</label><input type="text" id="chair" name="chair" class="input"></div>
  <div class="field"><label for="member1">[[saraban.destruction.member]] 1</label><input type="text" id="member1" name="member1" class="input"></div>
  <div class="field"><label for="member2">[[saraban.destruction.member]] 2</label><input type="text" id="member2" name="member2" class="input"></div>
  <div class="field"><label for="member3">[[saraban.destruction.member]] 3</label><input type="text" id="member3" name="member3" class="input"></div>
  <div class="field"><label for="archives_reference">[[saraban.destruction.archives]]</label><input type="text" id="archives_reference" name="archives_reference" class="input"></div>
  <div class="actions"><button type="submit" class="button button--danger">[[saraban.destruction.approve]]</button></div>
</form>{{/CAN_APPROVE}}
{{/ONE}}

{{%AUTOESCAPE context="HTML"}}<h1>[[inventory.licences]]</h1>
{{ERROR_SUMMARY:none}}
<p class="muted">[[inventory.licences_intro]]</p>
<table class="table" data-test="licences"><thead><tr><th scope="col">[[inventory.field.product]]</th><th scope="col">[[inventory.field.match]]</th><th scope="col" class="num">[[inventory.field.owned]]</th><th scope="col" class="num">[[inventory.installed]]</th><th scope="col">[[inventory.field.status]]</th></tr></thead>
<tbody>{{#PRODUCT}}<tr><td>{{PRODUCT}}</td><td><code>{{MATCH}}</code></td><td class="num">{{OWNED}}</td><td class="num">{{INSTALLED}}</td><td>{{STATE:none}}</td></tr>
{{/PRODUCT}}</tbody></table>
{{#CAN_MANAGE}}<h2 id="track">[[inventory.track_product]]</h2>
<form class="form" method="post" action="/inventory/software" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">{{FIELDS:none}}
<div class="actions"><button type="submit" class="button">[[inventory.track_product]]</button></div></form>{{/CAN_MANAGE}}

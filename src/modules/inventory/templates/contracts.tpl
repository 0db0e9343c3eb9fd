{{%AUTOESCAPE context="HTML"}}<h1>[[inventory.contracts]]</h1>
<nav class="toolbar" aria-label="[[inventory.contracts]]">
{{#CAN_MANAGE}}<a class="button" href="/inventory/contracts/new">[[inventory.new_contract]]</a>{{/CAN_MANAGE}}
<a href="/inventory/warranty">[[inventory.dashboard]]</a>
</nav>
{{EMPTY:none}}
{{#HAS_ROWS}}<div class="table-wrap"><table class="table" data-test="contracts">
<caption class="visually-hidden">[[inventory.contracts]]</caption>
<thead><tr><th scope="col">[[inventory.field.contract_no]]</th><th scope="col">[[inventory.field.subject]]</th><th scope="col">[[inventory.field.contractor_name]]</th><th scope="col" class="num">[[inventory.field.value]]</th><th scope="col">[[inventory.field.warranty_ends_on]]</th><th scope="col">[[inventory.left]]</th></tr></thead>
<tbody>{{#ROW}}<tr data-id="{{ID}}"><td><a href="/inventory/contracts/{{ID}}">{{CONTRACT_NO}}</a></td><td>{{SUBJECT}}</td><td>{{CONTRACTOR}}</td><td class="num">{{VALUE}}</td><td>{{ENDS}}</td><td>{{LEFT:none}}</td></tr>
{{/ROW}}</tbody></table></div>{{/HAS_ROWS}}

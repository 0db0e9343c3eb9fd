{{%AUTOESCAPE context="HTML"}}<h1>[[saraban.delegations.title]]</h1>
<p class="muted">[[saraban.delegation.intro]]</p>
{{ERROR_SUMMARY:none}}
{{#FORM}}<form class="form" method="post" action="/saraban/delegations" data-test="delegation-form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <h2>[[saraban.delegation.new]]</h2>
  {{#CAN_NAME_PRINCIPAL}}{{PRINCIPAL_FIELD:none}}{{/CAN_NAME_PRINCIPAL}}
  {{DELEGATE_FIELD:none}}
  {{KIND_FIELD:none}}
  {{STARTS_FIELD:none}}
  {{ENDS_FIELD:none}}
  {{ORDER_FIELD:none}}
  <div class="actions"><button type="submit" class="button">[[saraban.delegation.record]]</button></div>
</form>{{/FORM}}
<h2>{{#ALL}}[[saraban.delegation.all]]{{/ALL}}{{#MINE}}[[saraban.delegation.mine]]{{/MINE}}</h2>
{{EMPTY:none}}
{{#HAS_ROWS}}<div class="table-wrap">
<table class="table" data-test="delegations">
<thead><tr>
  <th scope="col">[[saraban.delegation.col.principal]]</th>
  <th scope="col">[[saraban.delegation.col.delegate]]</th>
  <th scope="col">[[saraban.delegation.field.kind]]</th>
  <th scope="col">[[saraban.delegation.col.period]]</th>
  <th scope="col">[[saraban.delegation.field.order_reference]]</th>
  <th scope="col">[[saraban.col.status]]</th>
  <th scope="col"><span class="visually-hidden">[[saraban.delegation.end]]</span></th>
</tr></thead>
<tbody>
{{#ROW}}<tr data-id="{{ID}}">
  <td>{{PRINCIPAL}}<br><span class="muted">{{PRINCIPAL_POSITION}}</span></td>
  <td>{{DELEGATE}}<br><span class="muted">{{DELEGATE_POSITION}}</span></td>
  <td>{{KIND}}</td>
  <td class="nowrap">{{FROM}} – {{TO}}</td>
  <td>{{ORDER}}</td>
  <td>{{STATE:none}}{{#HAS_ENDED}}<br><span class="muted">[[saraban.delegation.ended_at]] {{ENDED}}</span>{{/HAS_ENDED}}</td>
  <td>{{#CAN_END}}<form method="post" action="/saraban/delegations/{{ID}}/end" data-test="end-delegation">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <button type="submit" class="button button--secondary">[[saraban.delegation.end]]</button>
  </form>{{/CAN_END}}</td>
</tr>
{{/ROW}}</tbody>
</table>
</div>{{/HAS_ROWS}}

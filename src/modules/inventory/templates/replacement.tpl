{{%AUTOESCAPE context="HTML"}}<h1>[[inventory.replacement]] {{YEAR}}</h1>
{{ERROR_SUMMARY:none}}
<form class="filters" method="get" action="/inventory/replacement">
<div class="field"><label for="year">[[inventory.field.fiscal_year]]</label><input type="text" inputmode="numeric" id="year" name="year" value="{{YEAR}}"></div>
<div class="actions"><button type="submit" class="button button--secondary">[[inventory.show]]</button></div></form>
<p data-test="plan-total"><strong>{{COUNT}}</strong> [[inventory.items_to_replace]] — [[inventory.estimated_cost]] <strong>{{TOTAL}}</strong> [[inventory.baht]]</p>
<table class="table" data-test="plan"><thead><tr><th scope="col">[[inventory.field.asset_no]]</th><th scope="col">[[inventory.field.model]]</th><th scope="col" class="num">[[inventory.age_years]]</th><th scope="col">[[inventory.reason]]</th><th scope="col" class="num">[[inventory.estimated_cost]]</th></tr></thead>
<tbody>{{#ITEM}}<tr><td><a href="/inventory/assets/{{ID}}">{{ASSET}}</a></td><td>{{MODEL}}</td><td class="num">{{AGE}}</td><td>{{WHY}}</td><td class="num">{{COST}}</td></tr>
{{/ITEM}}</tbody></table>
<h2>[[inventory.reference_specs]]</h2>
<table class="table" data-test="specs"><thead><tr><th scope="col">[[inventory.field.reference_year]]</th><th scope="col">[[inventory.field.kind]]</th><th scope="col" class="num">[[inventory.field.min_ram_mb]]</th><th scope="col" class="num">[[inventory.field.min_disk_gb]]</th><th scope="col" class="num">[[inventory.field.max_age_years]]</th><th scope="col" class="num">[[inventory.field.reference_price]]</th><th scope="col">[[inventory.field.note]]</th></tr></thead>
<tbody>{{#SPEC}}<tr><td>{{YEAR}}</td><td>{{KIND}}</td><td class="num">{{RAM}}</td><td class="num">{{DISK}}</td><td class="num">{{AGE}}</td><td class="num">{{PRICE}}</td><td>{{NOTE}}</td></tr>
{{/SPEC}}</tbody></table>
{{#CAN_MANAGE}}<h2 id="spec">[[inventory.save_reference]]</h2>
<form class="form" method="post" action="/inventory/replacement" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">{{FIELDS:none}}
<div class="actions"><button type="submit" class="button">[[inventory.save_reference]]</button></div></form>{{/CAN_MANAGE}}

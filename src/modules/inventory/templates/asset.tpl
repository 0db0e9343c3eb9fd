{{%AUTOESCAPE context="HTML"}}<h1 data-test="asset-title">{{TITLE}}</h1>
{{#CAN_MANAGE}}<p><a class="button button--secondary" href="/inventory/assets/{{ID}}/edit">[[inventory.edit_asset]]</a></p>{{/CAN_MANAGE}}
<dl class="facts" data-test="asset-facts">
{{#FACT}}<dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>
{{/FACT}}</dl>
{{#HAS_CONTRACT}}<p><a href="/inventory/contracts/{{CONTRACT_ID}}">[[inventory.see_contract]]</a></p>{{/HAS_CONTRACT}}
{{ATTACHMENTS:none}}
<section aria-labelledby="software-title">
<h2 id="software-title">[[inventory.software]] ({{SOFTWARE_COUNT}})</h2>
<details><summary>[[inventory.show_software]]</summary>
<table class="table"><thead><tr><th scope="col">[[inventory.software_name]]</th><th scope="col">[[inventory.software_version]]</th><th scope="col">[[inventory.software_publisher]]</th></tr></thead>
<tbody>{{#SOFTWARE}}<tr><td>{{NAME}}</td><td>{{VERSION}}</td><td>{{PUBLISHER}}</td></tr>
{{/SOFTWARE}}</tbody></table>
</details>
</section>
<section aria-labelledby="history-title">
<h2 id="history-title">[[inventory.history]]</h2>
<ol class="history" data-test="asset-history">
{{#HISTORY}}<li><time datetime="{{AT}}">{{AT}}</time> — <strong>{{ACTION}}</strong> ({{WHO}})<br><span class="muted">{{CHANGES}}</span></li>
{{/HISTORY}}</ol>
</section>

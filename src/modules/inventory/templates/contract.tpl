{{%AUTOESCAPE context="HTML"}}<h1>[[inventory.contract]] {{CONTRACT_NO}} {{LEFT:none}}</h1>
<p>{{SUBJECT}}</p>
<dl class="details" data-test="contract-facts">
{{#FACT}}<dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>
{{/FACT}}</dl>
<section aria-labelledby="assets-title"><h2 id="assets-title">[[inventory.contract_assets]]</h2>
<ul data-test="contract-assets">{{#ASSET}}<li><a href="/inventory/assets/{{ID}}">{{NAME}}</a></li>{{/ASSET}}</ul>
<p><a href="/inventory?contract={{ID}}">[[inventory.contract_assets_list]]</a></p>
</section>
<section aria-labelledby="reminders-title"><h2 id="reminders-title">[[inventory.reminders]]</h2>
<div class="table-wrap"><table class="table" data-test="reminders"><thead><tr><th scope="col">[[inventory.reminder_kind]]</th><th scope="col" class="num">[[inventory.days_before]]</th><th scope="col">[[inventory.about_date]]</th><th scope="col">[[inventory.sent_at]]</th></tr></thead>
<tbody>{{#REMINDER}}<tr><td>{{KIND}}</td><td class="num">{{DAYS}}</td><td>{{ABOUT}}</td><td>{{SENT}}</td></tr>
{{/REMINDER}}</tbody></table></div>
</section>
<section aria-labelledby="inspections-title"><h2 id="inspections-title">[[inventory.inspections]]</h2>
<ol data-test="inspections">{{#INSPECTION}}<li>{{ON}} — {{KIND}} {{RESULT:none}}<br>{{FINDINGS}}</li>
{{/INSPECTION}}</ol>
<h3>[[inventory.notices]]</h3>
<ol data-test="notices">{{#NOTICE}}<li>{{SENT}} — [[inventory.field.fix_by]] {{FIX_BY}} {{STATE:none}} {{#LETTER_LINK}}<a href="{{HREF}}" data-test="notice-letter">[[inventory.letter]] {{REF}}</a>{{/LETTER_LINK}}{{#LETTER_TEXT}}[[inventory.letter]] {{REF}}{{/LETTER_TEXT}}<br>{{DETAILS}}</li>
{{/NOTICE}}</ol>
</section>
{{ATTACHMENTS:none}}
{{#CAN_ACT}}
{{#INSPECT_FORM}}<section aria-labelledby="inspect-title"><h2 id="inspect-title">[[inventory.record_inspection]]</h2>
<form class="form" method="post" action="/inventory/contracts/{{ID}}/inspections" novalidate data-test="inspect-form">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">{{FIELDS:none}}
<div class="actions"><button type="submit" class="button">[[inventory.record_inspection]]</button></div></form></section>{{/INSPECT_FORM}}
{{#NOTICE_FORM}}<section aria-labelledby="notice-title"><h2 id="notice-title">[[inventory.send_notice]]</h2>
<form class="form" method="post" action="/inventory/contracts/{{ID}}/notices" novalidate data-test="notice-form">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">{{FIELDS:none}}
<div class="actions"><button type="submit" class="button">[[inventory.send_notice]]</button></div></form></section>{{/NOTICE_FORM}}
{{#SECURITY_FORM}}<section aria-labelledby="security-title"><h2 id="security-title">[[inventory.close_security]]</h2>
<form class="form" method="post" action="/inventory/contracts/{{ID}}/security" novalidate data-test="security-form">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">{{FIELDS:none}}
<div class="actions"><button type="submit" class="button">[[inventory.close_security]]</button></div></form></section>{{/SECURITY_FORM}}
{{/CAN_ACT}}

{{%AUTOESCAPE context="HTML"}}<h1>[[inventory.dashboard]]</h1>
<p data-test="stages">[[inventory.stages_now]] {{STAGES}}{{#CAN_SET_STAGES}} — <a href="/inventory/warranty/settings">[[inventory.settings.link]]</a>{{/CAN_SET_STAGES}}</p>
<section aria-labelledby="ending-title"><h2 id="ending-title">[[inventory.ending_soon]]</h2>
{{#NONE_ENDING}}<p class="muted">[[inventory.none_ending]]</p>{{/NONE_ENDING}}
<ul data-test="ending">{{#ENDING}}<li><a href="/inventory/contracts/{{ID}}">{{CONTRACT_NO}}</a> {{SUBJECT}} — {{ENDS}} {{LEFT:none}}</li>
{{/ENDING}}</ul></section>
<section aria-labelledby="overdue-title"><h2 id="overdue-title">[[inventory.ended_without_inspection]]</h2>
{{#NONE_OVERDUE}}<p class="muted">[[inventory.none_ending]]</p>{{/NONE_OVERDUE}}
<ul data-test="overdue">{{#OVERDUE}}<li><a href="/inventory/contracts/{{ID}}">{{CONTRACT_NO}}</a> {{SUBJECT}} — {{ENDS}} {{LEFT:none}}</li>
{{/OVERDUE}}</ul></section>
<section aria-labelledby="defects-title"><h2 id="defects-title">[[inventory.open_defects]]</h2>
{{#NONE_DEFECTS}}<p class="muted">[[inventory.none_defects]]</p>{{/NONE_DEFECTS}}
<ul data-test="open-defects">{{#DEFECT}}<li><a href="/inventory/contracts/{{ID}}">{{CONTRACT_NO}}</a> — [[inventory.field.fix_by]] {{FIX_BY}} {{LATE:none}}<br>{{DETAILS}}</li>
{{/DEFECT}}</ul></section>
<section aria-labelledby="return-title"><h2 id="return-title">[[inventory.to_return]]</h2>
{{#NONE_RETURN}}<p class="muted">[[inventory.none_return]]</p>{{/NONE_RETURN}}
<ul data-test="to-return">{{#RETURN}}<li><a href="/inventory/contracts/{{ID}}">{{CONTRACT_NO}}</a> {{CONTRACTOR}} — {{ENDS}}</li>
{{/RETURN}}</ul></section>

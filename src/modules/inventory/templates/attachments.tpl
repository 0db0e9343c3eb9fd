{{%AUTOESCAPE context="HTML"}}<section aria-labelledby="files-title"><h2 id="files-title">[[inventory.attachments]]</h2>
<ul data-test="attachments">{{#FILE}}<li><a href="{{URL}}">{{NAME}}</a></li>
{{/FILE}}</ul>
{{#CAN_ATTACH}}<form class="form" method="post" action="{{ACTION}}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">{{FILE_FIELD:none}}
<div class="actions"><button type="submit" class="button button--secondary">[[inventory.attach]]</button></div></form>{{/CAN_ATTACH}}
</section>

{{%AUTOESCAPE context="HTML"}}<h1 data-test="job-title">{{TITLE}}</h1>
<p class="tag-list">{{STATUS_TAG:none}} {{#URGENT}}{{URGENCY_TAG:none}}{{/URGENT}} {{#SECRET}}{{SECRECY_TAG:none}}{{/SECRET}}
{{#DUE}}<span>[[saraban.due]] {{DUE_DATE}}</span> {{#OVERDUE}}{{OVERDUE_TAG:none}}{{/OVERDUE}}{{/DUE}}</p>

<section aria-labelledby="letters-title">
<h2 id="letters-title">[[saraban.job.letters]]</h2>
<div class="table-wrap">
<table class="table" data-test="job-letters">
<thead><tr>
  <th scope="col">[[saraban.col.no]]</th>
  <th scope="col">[[saraban.col.reference]]</th>
  <th scope="col">[[saraban.col.dated]]</th>
  <th scope="col">[[saraban.col.from]]</th>
  <th scope="col">[[saraban.col.to]]</th>
  <th scope="col">[[saraban.col.subject]]</th>
  <th scope="col">[[saraban.job.files]]</th>
</tr></thead>
<tbody>
{{#LETTER}}<tr>
  <td class="nowrap"><strong>{{NO}}/{{YEAR_BE}}</strong><br><time class="muted" datetime="{{RECEIVED_UTC}}">{{RECEIVED}}</time></td>
  <td>{{REFERENCE}}</td>
  <td class="nowrap">{{DATED}}</td>
  <td>{{FROM}}</td>
  <td>{{TO}}</td>
  <td>{{#URGENT}}{{URGENCY_TAG:none}} {{/URGENT}}{{#SHOW_SUBJECT}}{{SUBJECT}}{{/SHOW_SUBJECT}}{{#HIDE_SUBJECT}}<span class="muted">{{HIDDEN}}</span>{{/HIDE_SUBJECT}}</td>
  <td>{{#FILE}}<a href="{{URL}}" data-test="letter-file">{{NAME}}</a><br>{{/FILE}}</td>
</tr>
{{/LETTER}}</tbody>
</table>
</div>
</section>

<section aria-labelledby="history-title">
<h2 id="history-title">[[saraban.job.history]]</h2>
<ol class="list-plain" data-test="timeline">
{{#STEP}}<li class="card" data-step="{{KIND_NAME}}">
  <strong>{{KIND}}</strong>{{#HAS_TO}} → {{TO}}{{/HAS_TO}}{{#HAS_DIVISION_NO}} ([[saraban.division_no]] {{DIVISION_NO}}){{/HAS_DIVISION_NO}}
  <br><span>{{ACTOR}}</span>{{#HAS_POSITION}} <span class="muted">{{POSITION}}</span>{{/HAS_POSITION}}{{#HAS_ON_BEHALF}} <span>([[saraban.on_behalf]] {{ON_BEHALF}})</span>{{/HAS_ON_BEHALF}}
  · <time datetime="{{AT_UTC}}">{{AT}}</time>
  {{#HAS_NOTE}}<p>{{NOTE}}</p>{{/HAS_NOTE}}
  {{#HAS_SHA256}}<p class="muted">[[saraban.signed_hash]] <code>{{SHA256}}</code></p>{{/HAS_SHA256}}
</li>
{{/STEP}}</ol>
</section>

{{#CAN_DRAFT}}<section aria-labelledby="draft-title">
<h2 id="draft-title">[[saraban.draft.title]]</h2>
<form class="form" method="get" action="/saraban/jobs/{{JOB_ID}}/draft" data-test="draft-form">
  {{TEMPLATE_FIELD:none}}
  <div class="actions"><button type="submit" class="button">[[saraban.draft.open]]</button></div>
</form>
</section>{{/CAN_DRAFT}}

{{#CAN_COMMENT}}<section aria-labelledby="comment-title">
<h2 id="comment-title">[[saraban.job.comment]]</h2>
<form class="form" method="post" action="/saraban/jobs/{{JOB_ID}}/steps" data-test="comment-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{COMMENT_NOTE:none}}
  {{COMMENT_BEHALF:none}}
  <div class="actions">
    <button type="submit" class="button" name="kind" value="comment">[[saraban.step.comment]]</button>
    <button type="submit" class="button button--secondary" name="kind" value="acknowledge">[[saraban.step.acknowledge]]</button>
  </div>
</form>
</section>{{/CAN_COMMENT}}

{{#CAN_APPROVE}}<section aria-labelledby="approve-title">
<h2 id="approve-title">[[saraban.job.approve]]</h2>
<form class="form" method="post" action="/saraban/jobs/{{JOB_ID}}/steps" data-test="approve-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  {{APPROVE_NOTE:none}}
  {{APPROVE_BEHALF:none}}
  <div class="actions">
    <button type="submit" class="button" name="kind" value="approve">[[saraban.step.approve]]</button>
    <button type="submit" class="button button--secondary" name="kind" value="return">[[saraban.step.return]]</button>
  </div>
</form>
{{#CAN_SIGN}}<form class="form" method="post" action="/saraban/jobs/{{JOB_ID}}/steps" data-test="sign-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="kind" value="sign">
  {{DOCUMENT_FIELD:none}}
  <div class="actions"><button type="submit" class="button">[[saraban.step.sign]]</button></div>
</form>{{/CAN_SIGN}}
</section>{{/CAN_APPROVE}}

{{#CAN_FORWARD}}<section aria-labelledby="forward-title">
<h2 id="forward-title">[[saraban.job.forward]]</h2>
<form class="form" method="post" action="/saraban/jobs/{{JOB_ID}}/steps" data-test="forward-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="kind" value="forward">
  {{DIVISION_FIELD:none}}
  {{FORWARD_NOTE:none}}
  <div class="actions"><button type="submit" class="button">[[saraban.step.forward]]</button></div>
</form>
<form class="form" method="post" action="/saraban/jobs/{{JOB_ID}}/steps" data-test="route-form">
  <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="kind" value="route">
  {{USER_FIELD:none}}
  {{ROUTE_NOTE:none}}
  <div class="actions"><button type="submit" class="button">[[saraban.step.route]]</button></div>
</form>
</section>{{/CAN_FORWARD}}

{{%AUTOESCAPE context="HTML"}}<h1>[[inventory.title]]</h1>
<nav class="toolbar" aria-label="[[inventory.title]]">
  {{#CAN_MANAGE}}<a class="button" href="/inventory/assets/new">[[inventory.new_asset]]</a>
  <a class="button button--secondary" href="/inventory/upload">[[inventory.upload_title]]</a>
  <a class="button button--secondary" href="/inventory/import">[[inventory.import_title]]</a>{{/CAN_MANAGE}}
  <a href="/inventory/contracts">[[inventory.contracts]]</a>
  <a href="/inventory/warranty">[[inventory.dashboard]]</a>
  <a href="/inventory/software">[[inventory.licences]]</a>
  <a href="/inventory/replacement">[[inventory.replacement_link]]</a>
  <a href="{{XLSX}}">[[inventory.export_xlsx]]</a>
  <a href="{{LABELS}}">[[inventory.labels_pdf]]</a>
</nav>
<form class="filters" method="get" action="/inventory" role="search">
  <div class="field"><label for="q">[[inventory.search]]</label>
  <input type="search" id="q" name="q" value="{{Q}}"></div>
  {{KIND_FIELD:none}}
  {{STATUS_FIELD:none}}
  {{CONTRACT_FIELD:none}}
  <div class="actions"><button type="submit" class="button button--secondary">[[inventory.filter]]</button></div>
</form>
{{EMPTY:none}}
{{#HAS_ROWS}}<div class="table-wrap">
<table class="table" data-test="assets">
  <caption class="visually-hidden">[[inventory.title]]</caption>
  <thead><tr><th scope="col">[[inventory.field.asset_no]]</th><th scope="col">[[inventory.field.kind]]</th><th scope="col">[[inventory.field.model]]</th><th scope="col">[[inventory.field.hostname]]</th><th scope="col">[[inventory.field.serial]]</th><th scope="col">[[inventory.field.holder]]</th><th scope="col">[[inventory.field.status]]</th><th scope="col">[[inventory.field.warranty_ends_on]]</th></tr></thead>
  <tbody>
  {{#ROW}}<tr data-id="{{ID}}"><td><a href="/inventory/assets/{{ID}}">{{ASSET_NO}}</a></td><td>{{KIND}}</td><td>{{MODEL}}</td><td>{{HOSTNAME}}</td><td>{{SERIAL}}</td><td>{{HOLDER}}</td><td>{{STATUS:none}}</td><td>{{WARRANTY}}</td></tr>
  {{/ROW}}
  </tbody>
</table>
</div>{{/HAS_ROWS}}
<nav class="pager" aria-label="[[inventory.pages]]">
{{#NOT_FIRST}}<a href="{{FIRST}}">« [[inventory.first_page]]</a>{{/NOT_FIRST}}
{{#MORE}}<a href="{{NEXT}}" rel="next">[[inventory.next_page]] »</a>{{/MORE}}
</nav>

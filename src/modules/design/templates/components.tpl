{{%AUTOESCAPE context="HTML"}}<h1>[[design.title]]</h1>
{{ERROR_SUMMARY:none}}
<p class="lead">[[design.intro]]</p>
<nav class="toc" aria-labelledby="toc-title">
  <h2 class="toc__title" id="toc-title">[[design.contents]]</h2>
  <ol class="toc__list">
    <li><a href="#buttons">[[design.buttons.title]]</a></li>
    <li><a href="#form">[[design.form.title]]</a></li>
    <li><a href="#summary">[[design.summary.title]]</a></li>
    <li><a href="#date">[[design.date.title]]</a></li>
    <li><a href="#file">[[design.file.title]]</a></li>
    <li><a href="#table">[[design.table.title]]</a></li>
    <li><a href="#tags">[[design.tags.title]]</a></li>
    <li><a href="#flash">[[design.notices.title]]</a></li>
    <li><a href="#crumbs">[[design.crumbs.title]]</a></li>
    <li><a href="#empty">[[design.empty.title]]</a></li>
    <li><a href="#charts">[[design.charts.title]]</a></li>
  </ol>
</nav>

<section class="example" id="buttons" aria-labelledby="buttons-title">
  <h2 id="buttons-title">[[design.buttons.title]]</h2>
  <p>[[design.buttons.about]]</p>
  <div class="example__demo">
    <div class="actions">
      <button type="button" class="button" data-component="button">[[design.buttons.primary]]</button>
      <button type="button" class="button button--secondary" data-component="button">[[design.buttons.secondary]]</button>
      <button type="button" class="button button--danger" data-component="button">[[design.buttons.danger]]</button>
      <a class="button button--small" href="#buttons" data-component="button">[[design.buttons.small]]</a>
      <button type="button" class="link-button" data-component="button">[[design.buttons.link]]</button>
    </div>
  </div>
  <p class="example__code">[[design.how]]: <code>class="button"</code>, <code>button button--secondary</code>, <code>button button--danger</code>, <code>button button--small</code>, <code>link-button</code></p>
</section>

<section class="example" id="form" aria-labelledby="form-title">
  <h2 id="form-title">[[design.form.title]]</h2>
  <p>[[design.form.about]]</p>
  <form class="form example__demo" method="post" action="/_components" enctype="multipart/form-data" novalidate data-test="demo-form">
    <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="form" value="demo">
    <p class="muted">[[design.form.demo_only]]</p>
    {{FIELDS:none}}
    <div class="actions">
      <button type="submit" class="button" data-component="button">[[design.form.submit]]</button>
    </div>
  </form>
  <p class="example__code">[[design.how]]: <code>html::field(ctx, {FieldKind::text, "name", label, hint, error, value})</code></p>
</section>

<section class="example" id="summary" aria-labelledby="summary-title">
  <h2 id="summary-title">[[design.summary.title]]</h2>
  <p>[[design.summary.about]]</p>
  <div class="example__demo">
    {{EXAMPLE_SUMMARY:none}}
    {{EXAMPLE_FIELD:none}}
  </div>
  <p class="example__code">[[design.how]]: <code>ctx.html().form_errors(ctx, error, dict, label, field_order)</code></p>
</section>

<section class="example" id="date" aria-labelledby="date-title">
  <h2 id="date-title">[[design.date.title]]</h2>
  <p>[[design.date.about]]</p>
  <form class="form example__demo" method="get" action="/_components#date" data-test="date-form">
    {{DATE_FIELD:none}}
    <div class="actions"><button type="submit" class="button button--secondary" data-component="button">[[design.date.submit]]</button></div>
    {{#DATE_READ}}<dl class="details" role="status" data-test="date-result">
      <dt>[[design.date.result]]</dt><dd data-test="date-shown">{{SHOWN}}</dd>
      <dt>[[design.date.stored]]</dt><dd><code data-test="date-iso">{{ISO}}</code></dd>
    </dl>{{/DATE_READ}}
  </form>
  <p class="example__code">[[design.how]]: <code>html::read_date_field(text)</code> → <code>parse_thai_date</code>; <code>html::date_field_text(date)</code></p>
</section>

<section class="example" id="file" aria-labelledby="file-title">
  <h2 id="file-title">[[design.file.title]]</h2>
  <p>[[design.file.about]]</p>
  <p><a href="#attachment">[[design.file.go]]</a></p>
  <p class="example__code">[[design.how]]: <code>html::UploadRule</code>, <code>html::upload_hint</code>, <code>html::check_upload(ctx.request.files()[0], rule)</code></p>
</section>

<section class="example" id="table" aria-labelledby="table-title">
  <h2 id="table-title">[[design.table.title]]</h2>
  <p>[[design.table.about]]</p>
  <div class="table-wrap">
    <table class="table" data-component="sortable-table" data-test="projects">
      <caption>[[design.table.caption]]</caption>
      {{TABLE_HEAD:none}}
      <tbody>
      {{#PROJECT}}<tr data-test="project">
        <td class="table__text">{{NAME}}</td>
        <td class="nowrap">{{DIVISION}}</td>
        <td class="num">{{BUDGET}}</td>
        <td>{{STATUS:none}}</td>
        <td class="table__progress">{{PROGRESS:none}}</td>
      </tr>
      {{/PROJECT}}</tbody>
    </table>
  </div>
  {{PAGER:none}}
  <p class="example__code">[[design.how]]: <code>html::SortableTable</code>, <code>html::read_page</code>, <code>html::pager</code></p>
</section>

<section class="example" id="tags" aria-labelledby="tags-title">
  <h2 id="tags-title">[[design.tags.title]]</h2>
  <p>[[design.tags.about]]</p>
  <div class="example__demo">
    <ul class="tag-list">{{#TAG}}<li>{{HTML:none}} <code>Tone::{{TONE}}</code></li>{{/TAG}}</ul>
  </div>
  <p class="example__code">[[design.how]]: <code>html::status_tag(text, html::Tone::success)</code></p>
</section>

<section class="example" id="flash" aria-labelledby="flash-title">
  <h2 id="flash-title">[[design.notices.title]]</h2>
  <p>[[design.notices.about]]</p>
  <div class="example__demo">
    {{FLASH_EXAMPLE:none}}
    <form method="post" action="/_components">
      <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
      <input type="hidden" name="form" value="flash">
      <button type="submit" class="button button--secondary" data-component="button" data-test="try-flash">[[design.notices.try]]</button>
    </form>
  </div>
  <p class="example__code">[[design.how]]: <code>return html::redirect_with_flash("/admin/org", "org.flash.profile_saved");</code></p>
</section>

<section class="example" id="crumbs" aria-labelledby="crumbs-title">
  <h2 id="crumbs-title">[[design.crumbs.title]]</h2>
  <p>[[design.crumbs.about]]</p>
  <p class="example__code">[[design.how]]: <code>info.crumbs.push_back({label, "/admin/divisions"});</code></p>
</section>

<section class="example" id="empty" aria-labelledby="empty-title">
  <h2 id="empty-title">[[design.empty.title]]</h2>
  <p>[[design.empty.about]]</p>
  <div class="example__demo">{{EMPTY:none}}</div>
  <p class="example__code">[[design.how]]: <code>html::empty_state(ctx, {title, body, action_label, action_href})</code></p>
</section>

<section class="example" id="charts" aria-labelledby="charts-title">
  <h2 id="charts-title">[[design.charts.title]]</h2>
  <p>[[design.charts.about]]</p>
  <div class="example__demo">
    {{BAR_CHART:none}}
    {{LINE_CHART:none}}
    <h3>[[design.charts.progress]]</h3>
    <ul class="progress-list">{{#PROGRESS_ROW}}<li><span class="progress-list__label">{{LABEL}}</span> {{BAR:none}}</li>{{/PROGRESS_ROW}}</ul>
  </div>
  <p class="example__code">[[design.how]]: <code>html::bar_chart(ctx, chart)</code>, <code>html::line_chart(ctx, chart)</code>, <code>html::progress_bar(label, percent)</code></p>
</section>

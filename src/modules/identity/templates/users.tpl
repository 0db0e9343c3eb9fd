{{%AUTOESCAPE context="HTML"}}{{ADMIN_NAV:none}}
<h1>[[identity.admin.users]]</h1>
{{#SCOPED}}<p class="muted">[[identity.admin.users_scoped]]</p>{{/SCOPED}}
{{#CAN_ADD}}<p><a class="button" href="/admin/users/new" data-test="add-user">[[identity.admin.add_user]]</a></p>{{/CAN_ADD}}
<form class="filters" method="get" action="/admin/users" role="search" aria-label="[[identity.admin.filter]]" data-test="users-filter">
  <div class="field">
    <label for="q">[[identity.admin.search]]</label>
    <input type="search" id="q" name="q" value="{{Q}}" maxlength="100" autocomplete="off">
  </div>
  <div class="field">
    <label for="division">[[identity.division]]</label>
    <select id="division" name="division">
      <option value="">{{#SCOPED}}[[identity.admin.all_my_divisions]]{{/SCOPED}}{{#EVERYONE}}[[identity.admin.all_divisions]]{{/EVERYONE}}</option>
      {{#DIVISION_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
      {{/DIVISION_OPTION}}
    </select>
  </div>
  <div class="field">
    <label for="status">[[identity.admin.status]]</label>
    <select id="status" name="status">
      {{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
      {{/STATUS_OPTION}}
    </select>
  </div>
  <div class="actions">
    <button type="submit" class="button">[[identity.admin.apply_filter]]</button>
    <a href="/admin/users">[[identity.admin.clear_filter]]</a>
  </div>
</form>
{{#HAS_USERS}}<div class="table-wrap">
<table class="table" data-test="users">
  <caption>[[identity.admin.users_caption]]</caption>
  <thead><tr><th scope="col">[[identity.display_name]]</th><th scope="col">[[identity.username]]</th><th scope="col">[[identity.division]]</th><th scope="col">[[identity.position]]</th><th scope="col">[[identity.roles]]</th><th scope="col">[[identity.admin.status]]</th></tr></thead>
  <tbody>
{{#USER}}  <tr data-test="user" data-username="{{USERNAME}}">
    <td><a href="/admin/users/{{ID}}">{{DISPLAY_NAME}}</a></td>
    <td><code>{{USERNAME}}</code></td>
    <td>{{DIVISION}}</td>
    <td>{{POSITION}}</td>
    <td>{{#ROLE}}<span class="tag">{{NAME}}{{#SCOPED}} · {{SCOPE}}{{/SCOPED}}</span> {{/ROLE}}</td>
    <td class="nowrap">{{#ACTIVE}}<span class="tag">[[identity.admin.active]]</span>{{/ACTIVE}}{{#INACTIVE}}<span class="tag tag--off">[[identity.admin.inactive]]</span>{{/INACTIVE}}</td>
  </tr>
{{/USER}}  </tbody>
</table>
</div>{{/HAS_USERS}}
{{#NO_USERS}}<p class="notice" data-test="no-users">[[identity.admin.no_users]]</p>{{/NO_USERS}}
<nav class="pager" aria-label="[[identity.admin.pages]]">
  {{#HAS_FIRST}}<a href="{{FIRST_HREF}}" data-test="first-page">[[identity.admin.first_page]]</a>{{/HAS_FIRST}}
  {{#HAS_NEXT}}<a href="{{NEXT_HREF}}" rel="next" data-test="next-page">[[identity.admin.next_page]]</a>{{/HAS_NEXT}}
</nav>

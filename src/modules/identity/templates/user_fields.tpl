{{%AUTOESCAPE context="HTML"}}<div class="field{{#HAS_ERROR_DISPLAY_NAME}} field--error{{/HAS_ERROR_DISPLAY_NAME}}">
  <label for="display_name">[[identity.display_name]]</label>
  {{#HAS_ERROR_DISPLAY_NAME}}<span class="field__error" id="display_name-error">{{ERROR_DISPLAY_NAME}}</span>{{/HAS_ERROR_DISPLAY_NAME}}
  <input type="text" id="display_name" name="display_name" value="{{VALUE_DISPLAY_NAME}}" maxlength="200" autocomplete="off"{{#HAS_ERROR_DISPLAY_NAME}} aria-describedby="display_name-error" aria-invalid="true"{{/HAS_ERROR_DISPLAY_NAME}}>
</div>
<div class="field{{#HAS_ERROR_EMAIL}} field--error{{/HAS_ERROR_EMAIL}}">
  <label for="email">[[identity.email]]</label>
  <span class="field__hint" id="email-hint">[[identity.admin.optional]]</span>
  {{#HAS_ERROR_EMAIL}}<span class="field__error" id="email-error">{{ERROR_EMAIL}}</span>{{/HAS_ERROR_EMAIL}}
  <input type="email" id="email" name="email" value="{{VALUE_EMAIL}}" maxlength="254" autocomplete="off" spellcheck="false" aria-describedby="email-hint{{#HAS_ERROR_EMAIL}} email-error{{/HAS_ERROR_EMAIL}}"{{#HAS_ERROR_EMAIL}} aria-invalid="true"{{/HAS_ERROR_EMAIL}}>
</div>
<div class="field{{#HAS_ERROR_PHONE}} field--error{{/HAS_ERROR_PHONE}}">
  <label for="phone">[[identity.phone]]</label>
  <span class="field__hint" id="phone-hint">[[identity.admin.phone_hint]]</span>
  {{#HAS_ERROR_PHONE}}<span class="field__error" id="phone-error">{{ERROR_PHONE}}</span>{{/HAS_ERROR_PHONE}}
  <input type="tel" id="phone" name="phone" value="{{VALUE_PHONE}}" maxlength="30" autocomplete="off" aria-describedby="phone-hint{{#HAS_ERROR_PHONE}} phone-error{{/HAS_ERROR_PHONE}}"{{#HAS_ERROR_PHONE}} aria-invalid="true"{{/HAS_ERROR_PHONE}}>
</div>
<div class="field{{#HAS_ERROR_DIVISION_CODE}} field--error{{/HAS_ERROR_DIVISION_CODE}}">
  <label for="division_code">[[identity.division]]</label>
  {{#HAS_ERROR_DIVISION_CODE}}<span class="field__error" id="division_code-error">{{ERROR_DIVISION_CODE}}</span>{{/HAS_ERROR_DIVISION_CODE}}
  <select id="division_code" name="division_code"{{#HAS_ERROR_DIVISION_CODE}} aria-describedby="division_code-error" aria-invalid="true"{{/HAS_ERROR_DIVISION_CODE}}>
    <option value="">[[identity.admin.no_division]]</option>
    {{#DIVISION_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
    {{/DIVISION_OPTION}}
  </select>
</div>
<div class="field{{#HAS_ERROR_POSITION_CODE}} field--error{{/HAS_ERROR_POSITION_CODE}}">
  <label for="position_code">[[identity.position]]</label>
  {{#HAS_ERROR_POSITION_CODE}}<span class="field__error" id="position_code-error">{{ERROR_POSITION_CODE}}</span>{{/HAS_ERROR_POSITION_CODE}}
  <select id="position_code" name="position_code"{{#HAS_ERROR_POSITION_CODE}} aria-describedby="position_code-error" aria-invalid="true"{{/HAS_ERROR_POSITION_CODE}}>
    <option value="">[[identity.admin.no_position]]</option>
    {{#POSITION_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
    {{/POSITION_OPTION}}
  </select>
</div>
<fieldset class="field{{#HAS_ERROR_ROLES}} field--error{{/HAS_ERROR_ROLES}}" id="roles" aria-describedby="roles-hint{{#HAS_ERROR_ROLES}} roles-error{{/HAS_ERROR_ROLES}}">
  <legend>[[identity.roles]]</legend>
  <span class="field__hint" id="roles-hint">[[identity.admin.roles_hint]]</span>
  {{#HAS_ERROR_ROLES}}<span class="field__error" id="roles-error">{{ERROR_ROLES}}</span>{{/HAS_ERROR_ROLES}}
  <div class="grants">
  {{#GRANT}}<div class="grant" data-test="grant" data-role="{{ROLE}}">
    <input type="hidden" name="grant_{{INDEX}}_role" value="{{ROLE}}">{{#ANOTHER}}<input type="hidden" name="grant_{{INDEX}}_another" value="1">{{/ANOTHER}}
    <label class="checkbox grant__role" for="grant-{{INDEX}}"><input type="checkbox" id="grant-{{INDEX}}" name="grant" value="{{INDEX}}"{{#TICKED}} checked{{/TICKED}}{{#LOCKED}} disabled aria-describedby="grant-{{INDEX}}-locked"{{/LOCKED}}> <span>{{ROLE_NAME}}</span></label>
    {{#LOCKED_TICKED}}<input type="hidden" name="grant" value="{{INDEX}}">{{/LOCKED_TICKED}}
    {{#HAS_SCOPE}}<span class="grant__scope"><label for="grant-{{INDEX}}-scope">[[identity.admin.scope]]<span class="visually-hidden"> {{ROLE_NAME}}</span></label>
    <select id="grant-{{INDEX}}-scope" name="grant_{{INDEX}}_scope">
      {{#SCOPE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
      {{/SCOPE_OPTION}}
    </select></span>{{/HAS_SCOPE}}
    {{#EVERYWHERE_ONLY}}<span class="grant__scope muted">[[identity.admin.admin_everywhere]]</span>{{/EVERYWHERE_ONLY}}
    {{#LOCKED}}<span class="grant__note muted" id="grant-{{INDEX}}-locked">[[identity.admin.admin_locked]]</span>{{/LOCKED}}
  </div>
  {{/GRANT}}
  </div>
</fieldset>

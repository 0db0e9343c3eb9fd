{{%AUTOESCAPE context="HTML"}}<fieldset class="field{{#HAS_ERROR}} field--error{{/HAS_ERROR}}" id="{{FIELD}}"{{#HAS_HINT}} aria-describedby="{{FIELD}}-hint"{{/HAS_HINT}}>
  <legend>{{LEGEND}}</legend>
  {{#HAS_HINT}}<span class="field__hint" id="{{FIELD}}-hint">{{HINT}}</span>{{/HAS_HINT}}
  {{#HAS_ERROR}}<span class="field__error">{{ERROR}}</span>{{/HAS_ERROR}}
  {{#GROUP}}<fieldset class="permission-group">
    <legend>{{NAME}}</legend>
    {{#PERMISSION}}<label class="checkbox permission" for="{{FIELD}}-{{KEY}}"><input type="checkbox" id="{{FIELD}}-{{KEY}}" name="{{FIELD}}" value="{{KEY}}"{{#CHECKED}} checked{{/CHECKED}}{{#DISABLED}} disabled{{/DISABLED}}> <span>{{DESCRIPTION}} <code class="permission__key">{{KEY}}</code></span></label>
    {{/PERMISSION}}
  </fieldset>
  {{/GROUP}}
</fieldset>

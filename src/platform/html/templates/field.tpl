{{%AUTOESCAPE context="HTML"}}{{#SINGLE}}<div class="field{{#HAS_ERROR}} field--error{{/HAS_ERROR}}{{#CHECKBOX}} field--checkbox{{/CHECKBOX}}" data-component="{{COMPONENT}}">
{{#LABEL_ABOVE}}  <label for="{{NAME}}">{{LABEL}}</label>
  {{#HINT}}<span class="field__hint" id="{{NAME}}-hint">{{HINT_TEXT}}</span>{{/HINT}}
{{/LABEL_ABOVE}}  {{#ERROR}}<span class="field__error" id="{{NAME}}-error"><span class="visually-hidden">[[ui.error]]:</span> {{ERROR_TEXT}}</span>{{/ERROR}}
{{#TEXT_INPUT}}  <input class="input{{#NARROW}} input--narrow{{/NARROW}}{{#DATE}} input--date{{/DATE}}" type="text" id="{{NAME}}" name="{{NAME}}" value="{{VALUE}}"{{#DATE}} inputmode="numeric" autocomplete="off" spellcheck="false" data-thai-date{{/DATE}}{{#INPUT_MODE}} inputmode="{{MODE}}"{{/INPUT_MODE}}{{#AUTOCOMPLETE}} autocomplete="{{AC}}"{{/AUTOCOMPLETE}}{{#DESCRIBED}} aria-describedby="{{DESCRIBEDBY}}"{{/DESCRIBED}}{{#HAS_ERROR}} aria-invalid="true"{{/HAS_ERROR}}>
{{/TEXT_INPUT}}{{#DATE_PREVIEW}}  <span class="field__preview" id="{{NAME}}-preview" data-thai-date-preview="{{NAME}}" aria-live="polite"></span>
{{/DATE_PREVIEW}}{{#TEXTAREA}}  <textarea class="input" id="{{NAME}}" name="{{NAME}}" rows="{{ROWS}}"{{#DESCRIBED}} aria-describedby="{{DESCRIBEDBY}}"{{/DESCRIBED}}{{#HAS_ERROR}} aria-invalid="true"{{/HAS_ERROR}}>{{VALUE:pre_escape}}</textarea>
{{/TEXTAREA}}{{#SELECT}}  <select class="input{{#NARROW}} input--narrow{{/NARROW}}" id="{{NAME}}" name="{{NAME}}"{{#DESCRIBED}} aria-describedby="{{DESCRIBEDBY}}"{{/DESCRIBED}}{{#HAS_ERROR}} aria-invalid="true"{{/HAS_ERROR}}>
    {{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
    {{/OPTION}}</select>
{{/SELECT}}{{#FILE}}  <input class="file-input" type="file" id="{{NAME}}" name="{{NAME}}"{{#HAS_ACCEPT}} accept="{{ACCEPT}}"{{/HAS_ACCEPT}}{{#DESCRIBED}} aria-describedby="{{DESCRIBEDBY}}"{{/DESCRIBED}}{{#HAS_ERROR}} aria-invalid="true"{{/HAS_ERROR}}>
{{/FILE}}{{#CHECKBOX}}  <label class="choice" for="{{NAME}}"><input type="checkbox" id="{{NAME}}" name="{{NAME}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}{{#DESCRIBED}} aria-describedby="{{DESCRIBEDBY}}"{{/DESCRIBED}}{{#HAS_ERROR}} aria-invalid="true"{{/HAS_ERROR}}> <span>{{LABEL}}</span></label>
  {{#HINT}}<span class="field__hint choice__hint" id="{{NAME}}-hint">{{HINT_TEXT}}</span>{{/HINT}}
{{/CHECKBOX}}</div>{{/SINGLE}}{{#RADIOS}}<fieldset class="field{{#HAS_ERROR}} field--error{{/HAS_ERROR}}" data-component="{{COMPONENT}}"{{#DESCRIBED}} aria-describedby="{{DESCRIBEDBY}}"{{/DESCRIBED}}>
  <legend>{{LABEL}}</legend>
  {{#HINT}}<span class="field__hint" id="{{NAME}}-hint">{{HINT_TEXT}}</span>{{/HINT}}
  {{#ERROR}}<span class="field__error" id="{{NAME}}-error"><span class="visually-hidden">[[ui.error]]:</span> {{ERROR_TEXT}}</span>{{/ERROR}}
  <div class="choices">
  {{#CHOICE}}<label class="choice" for="{{ID}}"><input type="radio" id="{{ID}}" name="{{NAME}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <span>{{TEXT}}{{#CHOICE_HINT}}<span class="choice__hint">{{CHOICE_HINT_TEXT}}</span>{{/CHOICE_HINT}}</span></label>
  {{/CHOICE}}</div>
</fieldset>{{/RADIOS}}

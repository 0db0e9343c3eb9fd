{{%AUTOESCAPE context="HTML"}}<nav class="actions" aria-label="[[identity.admin.nav]]">
{{#LINK}}<a href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a>
{{/LINK}}</nav>

{{%AUTOESCAPE context="HTML"}}<nav class="actions" aria-label="[[org.admin.nav]]">
{{#LINK}}<a href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a>
{{/LINK}}</nav>

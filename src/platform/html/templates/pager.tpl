{{%AUTOESCAPE context="HTML"}}<nav class="pager" aria-label="[[ui.pages]]" data-component="pager">
  <p class="pager__status">{{STATUS}}</p>
  {{#PAGES}}<ul class="pager__list">
    {{#PREV}}<li class="pager__item pager__item--prev"><a class="pager__link" href="{{PREV_HREF}}" rel="prev">[[ui.previous_page]]</a></li>{{/PREV}}
    {{#ITEM}}{{#GAP}}<li class="pager__item pager__item--gap" aria-hidden="true">…</li>{{/GAP}}{{#LINK}}<li class="pager__item"><a class="pager__link pager__link--number" href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}><span class="visually-hidden">[[ui.page]] </span>{{NUMBER}}</a></li>{{/LINK}}
    {{/ITEM}}{{#NEXT}}<li class="pager__item pager__item--next"><a class="pager__link" href="{{NEXT_HREF}}" rel="next">[[ui.next_page]]</a></li>{{/NEXT}}
  </ul>{{/PAGES}}
</nav>

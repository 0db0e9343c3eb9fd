{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} · {{SITE_SHORT_NAME}}</title>
<link rel="stylesheet" href="{{CSS_URL}}">
<link rel="icon" href="{{ICON_URL}}" type="image/svg+xml">
<script src="{{JS_URL}}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">[[ui.skip_to_content]]</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-header__brand" href="/">
      <img src="{{ICON_URL}}" alt="" width="40" height="40">
      <span class="site-header__name">{{SITE_NAME}}</span>
    </a>
    <nav class="site-header__tools" aria-label="[[ui.tools]]">
      <a href="{{OTHER_LANG_HREF}}" hreflang="{{OTHER_LANG}}" lang="{{OTHER_LANG}}">{{OTHER_LANG_LABEL}}</a>
      {{#SIGNED_IN}}<a class="site-header__bell" href="/notifications"><svg class="site-header__bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6zm-2.5 14.5a2.5 2.5 0 0 0 5 0z"/></svg>{{#HAS_UNREAD}} <span class="site-header__unread">{{UNREAD}}</span> <span class="visually-hidden">[[ui.unread_notifications]]</span>{{/HAS_UNREAD}}{{#NO_UNREAD}}<span class="visually-hidden">[[ui.notifications]]</span>{{/NO_UNREAD}}</a>
      <a class="site-header__user" href="/account">{{USER_NAME}}</a>
      <form class="site-header__signout" method="post" action="/logout">
        <input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
        <button type="submit" class="link-button">[[ui.sign_out]]</button>
      </form>{{/SIGNED_IN}}
      {{#SIGNED_OUT}}<a class="site-header__signin" href="{{LOGIN_HREF}}">[[ui.sign_in]]</a>{{/SIGNED_OUT}}
    </nav>
  </div>
  <nav class="site-nav" aria-label="[[ui.main_menu]]">
    <ul class="site-nav__list">
      {{#MENU}}<li><a class="site-nav__link" href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>
      {{/MENU}}
    </ul>
  </nav>
  {{#HAS_SUBNAV}}<nav class="sub-nav" aria-label="{{SUBNAV_LABEL}}" data-component="sub-nav">
    <ul class="sub-nav__list">
      {{#SUBNAV}}<li><a class="sub-nav__link" href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>
      {{/SUBNAV}}
    </ul>
  </nav>{{/HAS_SUBNAV}}
</header>
{{#HAS_CRUMBS}}<nav class="breadcrumbs" aria-label="[[ui.breadcrumbs]]" data-component="breadcrumbs"><ol>
{{#CRUMB}}<li>{{#LINK}}<a href="{{HREF}}">{{LABEL}}</a>{{/LINK}}{{#CURRENT_CRUMB}}<span aria-current="page">{{LABEL}}</span>{{/CURRENT_CRUMB}}</li>{{/CRUMB}}
</ol></nav>{{/HAS_CRUMBS}}
<main id="main" class="page" tabindex="-1">
{{FLASH:none}}<!--pao:body-->
</main>
<footer class="site-footer">
  <div class="site-footer__inner">
    <p>{{SITE_NAME}}</p>
    <p class="site-footer__small">[[ui.footer_platform]]</p>
  </div>
</footer>
</body>
</html>

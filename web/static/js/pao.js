// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Move focus to the main region after "skip to content" so screen readers start there.
  var skip = document.querySelector(".skip-link");
  if (skip) {
    skip.addEventListener("click", function () {
      var main = document.getElementById("main");
      if (main) main.focus();
    });
  }
  // After a failed form post, take keyboard and screen-reader users to the error summary.
  var summary = document.querySelector("[data-autofocus]");
  if (summary) summary.focus();
})();

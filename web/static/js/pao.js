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

  // A flash notice (?flash=…, see platform/html/components.hpp) is shown once: take it out of
  // the address so reloading, bookmarking or sharing the page does not show it again.
  if (window.URLSearchParams && window.history && history.replaceState) {
    var params = new URLSearchParams(location.search);
    if (params.has("flash")) {
      params.delete("flash");
      var query = params.toString();
      history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
    }
  }

  // B.E. date inputs: say which date was understood while it is typed ("25/11/2569" → "วันพุธที่
  // 25 พฤศจิกายน 2569"). The server reads the field itself (parse_thai_date); this only helps.
  // Same rules as parse_thai_date: d/m/yyyy or yyyy-mm-dd, Thai or Arabic digits, a year above
  // 2400 is B.E.
  function readThaiDate(text) {
    var t = text.trim().replace(/[๐-๙]/g, function (d) { return String(d.charCodeAt(0) - 0x0e50); });
    var m = /^(\d{1,2})\/(\d{1,2})\/([1-9]\d{3})$/.exec(t);
    var day, month, year;
    if (m) {
      day = +m[1]; month = +m[2]; year = +m[3];
    } else {
      m = /^([1-9]\d{3})-(\d{1,2})-(\d{1,2})$/.exec(t);
      if (!m) return null;
      year = +m[1]; month = +m[2]; day = +m[3];
    }
    if (year > 2400) year -= 543;
    var date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return date;
  }
  var english = document.documentElement.lang === "en";
  var format = null;
  try {
    format = new Intl.DateTimeFormat(english ? "en-GB" : "th-TH-u-ca-buddhist",
      { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  } catch (e) {
    format = null;
  }
  if (format) {
    var inputs = document.querySelectorAll("input[data-thai-date]");
    Array.prototype.forEach.call(inputs, function (input) {
      var preview = document.getElementById(input.id + "-preview");
      if (!preview) return;
      var update = function () {
        var date = readThaiDate(input.value);
        preview.textContent = date ? format.format(date) : "";
      };
      input.addEventListener("input", update);
      update();
    });
  }
  // Live suggestions while typing: an element [data-suggest-for="<input id>"] with
  // data-suggest-url gets the JSON answer {"items":[{"url","title_pieces":[{"text","mark"}],
  // "snippet":[…]}]} for ?q=<what is typed> as a list of links (the helpdesk's knowledge-base
  // articles on the report form). Text is set with textContent only: no markup from the server.
  function pieces(into, list) {
    (list || []).forEach(function (p) {
      var node = p.mark ? document.createElement("mark") : document.createTextNode(p.text);
      if (p.mark) node.textContent = p.text;
      into.appendChild(node);
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-suggest-for]"), function (box) {
    var input = document.getElementById(box.getAttribute("data-suggest-for"));
    var url = box.getAttribute("data-suggest-url");
    var list = box.querySelector("ul");
    if (!input || !url || !list || !window.fetch) return;
    var timer = null, asked = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q === asked) return;
        asked = q;
        if (q.length < 2) { list.textContent = ""; box.hidden = true; return; }
        fetch(url + "?q=" + encodeURIComponent(q), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : { items: [] }; })
          .then(function (data) {
            if (q !== asked) return;
            list.textContent = "";
            (data.items || []).forEach(function (item) {
              var li = document.createElement("li");
              var a = document.createElement("a");
              a.href = item.url;
              a.target = "_blank";
              a.rel = "noopener";
              pieces(a, item.title_pieces);
              li.appendChild(a);
              var p = document.createElement("p");
              p.className = "muted";
              pieces(p, item.snippet);
              li.appendChild(p);
              list.appendChild(li);
            });
            box.hidden = list.children.length === 0;
          })
          .catch(function () { box.hidden = true; });
      }, 250);
    });
  });
})();

// Search over every report, entirely in the browser: the index is built
// with the site (search/index.json). Chinese has no spaces between words, so
// a query matches any substring of two or more characters.
(function () {
  "use strict";
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var all = document.getElementById("all-reports");
  if (!input || !window.fetch) return;
  var index = null;
  var base = input.getAttribute("data-index").replace(/search\/index\.json$/, "");

  fetch(input.getAttribute("data-index"))
    .then(function (response) { return response.json(); })
    .then(function (data) { index = data; run(); })
    .catch(function () { status.textContent = "搜索索引加载失败，请使用下方的全部报告列表。"; });

  function snippet(text, query) {
    var at = text.toLowerCase().indexOf(query);
    if (at < 0) return "";
    var start = Math.max(0, at - 30);
    return (start > 0 ? "…" : "") + text.slice(start, at + query.length + 50) + "…";
  }

  function run() {
    var query = input.value.trim().toLowerCase();
    results.textContent = "";
    if (query.length < 2 || !index) {
      all.hidden = false;
      status.textContent = query.length === 1 ? "请至少输入两个字。" : "";
      return;
    }
    all.hidden = true;
    var found = index.filter(function (entry) {
      return (entry.agency + " " + entry.short + " " + entry.title + " " + entry.text).toLowerCase().indexOf(query) >= 0;
    });
    status.textContent = "找到 " + found.length + " 份报告。";
    found.slice(0, 200).forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = base + entry.url;
      link.textContent = entry.title;
      item.appendChild(link);
      var context = snippet(entry.text, query);
      if (context) {
        var p = document.createElement("p");
        p.className = "snippet";
        p.textContent = context;
        item.appendChild(p);
      }
      results.appendChild(item);
    });
  }

  input.addEventListener("input", run);
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) input.value = initial;
})();

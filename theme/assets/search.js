// Search in the browser over the sharded index the build writes
// (search/manifest.json and the files it names; see SearchIndex.swift).
// A query fetches only what it needs: the shards holding its keys, then,
// for the 20 results shown, their entries in search/docs/ and the files of
// text (two documents' parts a file) that hold the match. Chinese has no spaces between words, so
// every two neighbouring characters are a key: any substring of two or
// more characters is found. Benchmarks/search-bytes.py follows the same
// steps to count the bytes a query costs.
(function () {
  "use strict";
  var form = document.querySelector("form[data-manifest]");
  var input = document.getElementById("search-input");
  var yearSelect = document.getElementById("search-year");
  var kindSelect = document.getElementById("search-kind");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  if (!form || !input || !window.fetch || !window.TextDecoder || !window.Promise) return;
  var manifestURL = form.getAttribute("data-manifest");
  var base = manifestURL.replace(/search\/manifest\.json$/, "");
  var PAGE = 20;
  // Candidates checked per page shown, and texts fetched for it, at most: a
  // query whose keys are all present but never side by side must not fetch
  // every document.
  var CHECKED_PER_PAGE = 200;
  var TEXTS_PER_PAGE = 40;
  var files = {};
  var shards = {};
  var latest = 0;
  var decoder = new TextDecoder();

  function get(url, type) {
    if (!files[url]) {
      files[url] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error(url + " " + response.status);
        return type === "json" ? response.json() : type === "text" ? response.text() : response.arrayBuffer();
      });
      files[url].catch(function () { delete files[url]; });
    }
    return files[url];
  }

  var manifest = get(manifestURL, "json");

  // Keys as SearchTerms.swift makes them: NFKC, ASCII lower-cased; Han
  // bigrams and ASCII letter/digit terms.
  function isHan(c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
  }
  function isTerm(c) { return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A); }
  function normalise(text) {
    return Array.from(text.normalize("NFKC")).map(function (ch) {
      var c = ch.codePointAt(0);
      return c >= 0x41 && c <= 0x5A ? String.fromCharCode(c + 32) : ch;
    }).join("");
  }
  // The words of a query (runs of Han characters, letters and digits) and its keys.
  function analyse(query) {
    var words = [], keys = [], word = "", previous = null, term = "";
    function endTerm() { if (term && term.length <= 32 && keys.indexOf(term) < 0) keys.push(term); term = ""; }
    function endWord() { if (word) words.push(word); word = ""; }
    Array.from(query).forEach(function (ch) {
      var c = ch.codePointAt(0);
      if (isHan(c)) {
        endTerm();
        if (previous !== null && keys.indexOf(previous + ch) < 0) keys.push(previous + ch);
        previous = ch;
        word += ch;
      } else if (isTerm(c)) {
        previous = null;
        term += ch;
        word += ch;
      } else {
        previous = null;
        endTerm();
        endWord();
      }
    });
    endTerm();
    endWord();
    return { words: words, keys: keys };
  }

  // The shard that may hold `key`: the last whose first key is not after it.
  function shardOf(m, key) {
    var low = 0, high = m.shards.length - 1, found = 0;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (m.shards[middle] <= key) { found = middle; low = middle + 1; } else { high = middle - 1; }
    }
    return found;
  }

  // A shard: keys, each with its name and text lists (PostingList.swift).
  function parseShard(buffer) {
    var bytes = new Uint8Array(buffer), at = 0, entries = {};
    function varint() {
      var value = 0, scale = 1, byte;
      do { byte = bytes[at++]; value += (byte & 0x7F) * scale; scale *= 128; } while (byte >= 0x80);
      return value;
    }
    function list() {
      var encoding = bytes[at++], ids = [];
      if (encoding === 0) return ids;
      varint();
      var length = varint(), start = at, end = at + length;
      if (encoding === 2) {
        for (var i = start; i < end; i++) {
          for (var bit = 0; bit < 8; bit++) if (bytes[i] & (1 << bit)) ids.push((i - start) * 8 + bit);
        }
      } else {
        var previous = -1;
        while (at < end) { previous += varint() + 1; ids.push(previous); }
      }
      at = end;
      return ids;
    }
    while (at < bytes.length) {
      var length = varint();
      var key = decoder.decode(bytes.subarray(at, at + length));
      at += length;
      entries[key] = { name: list(), text: list() };
    }
    return entries;
  }

  function lists(m, key) {
    var number = shardOf(m, key);
    if (!shards[number]) shards[number] = get(base + "search/shards/" + number + ".bin", "binary").then(parseShard);
    return shards[number].then(function (entries) { return entries[key] || { name: [], text: [] }; });
  }

  // Sorted id lists.
  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) { i++; } else { j++; }
    }
    return out;
  }
  function union(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && a[i] < b[j])) { out.push(a[i++]); } else if (i >= a.length || b[j] < a[i]) { out.push(b[j++]); } else { out.push(a[i]); i++; j++; }
    }
    return out;
  }
  function without(a, b) {
    var out = [], j = 0;
    for (var i = 0; i < a.length; i++) {
      while (j < b.length && b[j] < a[i]) j++;
      if (j >= b.length || b[j] !== a[i]) out.push(a[i]);
    }
    return out;
  }

  // The filters as a test of a document id: a year is a range of ids, a kind a bitmap.
  function filter(m) {
    var year = yearSelect ? yearSelect.value : "", kind = kindSelect ? kindSelect.value : "", range = null;
    if (year) {
      range = [0, 0];
      m.years.forEach(function (entry) { if (String(entry.year) === year) range = [entry.first, entry.first + entry.count]; });
    }
    var bits = kind ? get(base + "search/kinds/" + kind + ".bin", "binary").then(function (buffer) { return new Uint8Array(buffer); }) : Promise.resolve(null);
    return bits.then(function (bitmap) {
      return function (id) {
        return (!range || (id >= range[0] && id < range[1])) && (!bitmap || (bitmap[id >> 3] & (1 << (id & 7))) !== 0);
      };
    });
  }

  function documentOf(m, id) {
    var chunk = Math.floor(id / m.documentsPerChunk);
    return get(base + "search/docs/" + chunk + ".json", "json").then(function (rows) {
      var row = rows[id - chunk * m.documentsPerChunk];
      return { slug: row[0], name: row[1], short: row[2], kind: m.kinds[row[3]], year: row[4], parts: row[5] };
    });
  }

  function contains(text, word) { return normalise(text).indexOf(word) >= 0; }

  // Checks a candidate: every word in its name or year, or in its text
  // (fetched part by part until each word is found; only when each missing
  // word's keys are all in the text's lists, `inText`). Resolves to what is
  // shown, or null when the words are not all there side by side.
  function check(m, id, words, inText, budget) {
    return documentOf(m, id).then(function (doc) {
      var title = doc.name + doc.year + m.titleSuffix;
      var named = doc.name + " " + doc.short + " " + doc.year;
      var missing = words.filter(function (word) { return !contains(named, word); });
      var shown = { doc: doc, title: title, snippet: null, byName: missing.length < words.length };
      if (!missing.length) return shown;
      if (!missing.every(function (word) { return inText(word, id); })) return null;
      budget.texts++;
      // Its parts are in the file of documentsPerText documents it shares with its neighbours.
      var file = Math.floor(id / m.documentsPerText);
      function part(number) {
        if (number >= doc.parts) return null;
        return get(base + "search/text/" + file + ".json", "json").then(function (texts) {
          var text = texts[id - file * m.documentsPerText][number];
          var found = missing.filter(function (word) { return contains(text, word); });
          if (found.length && !shown.snippet) shown.snippet = snippet(text, found);
          missing = missing.filter(function (word) { return found.indexOf(word) < 0; });
          return missing.length ? part(number + 1) : shown;
        });
      }
      return part(0);
    });
  }

  function snippet(text, words) {
    var lower = text.toLowerCase(), at = -1;
    words.forEach(function (word) { var i = lower.indexOf(word); if (i >= 0 && (at < 0 || i < at)) at = i; });
    if (at < 0) return { text: text.slice(0, 100) + "…", words: [] };
    var start = Math.max(0, at - 40), end = Math.min(text.length, at + 90);
    return { text: (start > 0 ? "…" : "") + text.slice(start, end).replace(/\n/g, " ") + (end < text.length ? "…" : ""), words: words };
  }

  // Text with every occurrence of the words in <mark>, built as DOM nodes (never HTML).
  function marked(parent, text, words) {
    var lower = text.toLowerCase(), at = 0;
    while (at < text.length) {
      var next = -1, length = 0;
      words.forEach(function (word) {
        var i = lower.indexOf(word, at);
        if (i >= 0 && (next < 0 || i < next)) { next = i; length = word.length; }
      });
      if (next < 0) { parent.appendChild(document.createTextNode(text.slice(at))); break; }
      if (next > at) parent.appendChild(document.createTextNode(text.slice(at, next)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next, next + length);
      parent.appendChild(mark);
      at = next + length;
    }
    return parent;
  }

  function show(found, words) {
    var item = document.createElement("li");
    var link = marked(document.createElement("a"), found.title, words);
    link.href = base + "agencies/" + found.doc.slug + "/" + found.doc.year + "/";
    item.appendChild(link);
    var meta = document.createElement("p");
    meta.className = "meta";
    meta.textContent = found.doc.year + "年度 · " + (found.doc.kind ? found.doc.kind.label : "") + (found.byName ? " · 名称匹配" : "");
    item.appendChild(meta);
    if (found.snippet) {
      var p = marked(document.createElement("p"), found.snippet.text, found.snippet.words);
      p.className = "snippet";
      item.appendChild(p);
    }
    results.appendChild(item);
  }

  function search() {
    var query = normalise(input.value.trim());
    var run = ++latest;
    results.textContent = "";
    more.hidden = true;
    more.onclick = null;
    if (window.history && window.history.replaceState) {
      var params = new URLSearchParams();
      if (input.value.trim()) params.set("q", input.value.trim());
      if (yearSelect && yearSelect.value) params.set("year", yearSelect.value);
      if (kindSelect && kindSelect.value) params.set("kind", kindSelect.value);
      window.history.replaceState(null, "", params.toString() ? "?" + params.toString() : window.location.pathname);
    }
    if (!query) { status.textContent = ""; return; }
    var parts = analyse(query);
    if (!parts.keys.length) { status.textContent = "请至少输入两个字。"; return; }
    status.textContent = "正在搜索…";
    var m, inText;
    manifest.then(function (loaded) {
      m = loaded;
      return Promise.all(parts.keys.map(function (key) { return lists(m, key); }));
    }).then(function (found) {
      var byKey = {};
      parts.keys.forEach(function (key, i) { byKey[key] = found[i]; });
      // Each word's documents whose text has all its keys (a word without keys, one character, may be anywhere).
      var textOf = {};
      parts.words.forEach(function (word) {
        var keys = analyse(word).keys;
        if (!keys.length) return;
        var ids = byKey[keys[0]].text;
        for (var i = 1; i < keys.length; i++) ids = intersect(ids, byKey[keys[i]].text);
        textOf[word] = new Set(ids);
      });
      inText = function (word, id) { return !textOf[word] || textOf[word].has(id); };
      var names = found[0].name, all = union(found[0].name, found[0].text);
      for (var i = 1; i < found.length; i++) {
        names = intersect(names, found[i].name);
        all = intersect(all, union(found[i].name, found[i].text));
      }
      return filter(m).then(function (keep) {
        // Agency name and year matches first, then the narrative's, each newest first.
        return names.concat(without(all, names)).filter(keep);
      });
    }).then(function (candidates) {
      if (run !== latest) return;
      // One key for the one word: the lists are exact. Otherwise a candidate
      // has every key but maybe not side by side, and is checked when shown.
      var exact = parts.words.length === 1 && parts.keys.length === 1 && parts.words[0] === parts.keys[0];
      var next = 0, shownCount = 0;
      function page() {
        more.hidden = true;
        var checked = 0, shownHere = 0, budget = { texts: 0 };
        function step() {
          if (run !== latest) return null;
          if (shownHere >= PAGE || next >= candidates.length || checked >= CHECKED_PER_PAGE || budget.texts >= TEXTS_PER_PAGE) return null;
          // Never more in a batch than the limits left, so that the checks are those a one-by-one walk makes.
          var batch = candidates.slice(next, next + Math.min(PAGE - shownHere, CHECKED_PER_PAGE - checked, TEXTS_PER_PAGE - budget.texts));
          next += batch.length;
          checked += batch.length;
          return Promise.all(batch.map(function (id) { return check(m, id, parts.words, inText, budget); })).then(function (shownItems) {
            if (run !== latest) return null;
            shownItems.forEach(function (item) { if (item) { show(item, parts.words); shownHere++; shownCount++; } });
            return step();
          });
        }
        return Promise.resolve(step()).then(function () {
          if (run !== latest) return;
          if (!candidates.length || (!shownCount && next >= candidates.length)) {
            status.textContent = "没有找到包含“" + input.value.trim() + "”的报告。";
          } else {
            status.textContent = (exact ? "找到 " : "找到约 ") + candidates.length + " 份报告，显示前 " + shownCount + " 份。";
          }
          more.hidden = next >= candidates.length;
        });
      }
      more.onclick = page;
      return page();
    }).catch(function () {
      if (run === latest) status.textContent = "搜索索引加载失败，请按机构或年度浏览。";
    });
  }

  var timer = null;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(search, 250); });
  [yearSelect, kindSelect].forEach(function (select) { if (select) select.addEventListener("change", search); });
  form.addEventListener("submit", function (event) { event.preventDefault(); clearTimeout(timer); search(); });
  var initial = new URLSearchParams(window.location.search);
  if (initial.get("year") && yearSelect) yearSelect.value = initial.get("year");
  if (initial.get("kind") && kindSelect) kindSelect.value = initial.get("kind");
  if (initial.get("q")) { input.value = initial.get("q"); search(); }
})();

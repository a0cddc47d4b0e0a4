// Two reports side by side, from their report.json files, chosen in the
// URL: compare/?a=agencies/x/2021/&b=agencies/y/2021/. Key figures and
// table cells that differ are highlighted; narrative sentences that the
// other report also has are marked. Sentences are compared as the build
// measures repeated text (CopiedText.swift): cut at 。；！？;!? and line
// ends, headings (#) and sentences under 6 characters left out, whitespace,
// punctuation and symbols dropped, every run of digits read as one "#".
(function () {
  "use strict";
  var result = document.getElementById("compare-result");
  var status = document.getElementById("compare-status");
  if (!result || !window.fetch || !window.URLSearchParams) return;
  var root = result.getAttribute("data-root") || "../";
  var params = new URLSearchParams(window.location.search);
  var folder = /^agencies\/[a-z0-9][a-z0-9-]*\/[0-9]{4}\/$/;
  var a = params.get("a") || "", b = params.get("b") || "";
  document.getElementById("compare-a").value = a;
  document.getElementById("compare-b").value = b;
  if (!a && !b) {
    status.textContent = "请填写两份报告的地址。";
    return;
  }
  if (!folder.test(a) || !folder.test(b)) {
    status.textContent = "报告地址应形如 agencies/机构编号/年度/，例如 agencies/xiasha/2021/。";
    return;
  }
  status.textContent = "正在读取两份报告……";
  Promise.all([load(a), load(b)]).then(function (reports) {
    // The tables' column labels are the form's (report@4): read from its definition.
    return loadForm(reports[0]).then(function (form) {
      show(reports[0], reports[1], form);
      status.textContent = "已读取两份报告。";
    });
  }).catch(function () {
    status.textContent = "未能读取报告数据，请检查两份报告的地址。";
  });

  function load(path) {
    return fetch(root + path + "report.json").then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    });
  }

  // A block's column labels by table and block id, with the header groups
  // above each column; without the form file, the columns' ids.
  function loadForm(report) {
    var url = report.form && report.form.definition;
    var none = function () { return {}; };
    if (!url) return Promise.resolve({});
    return fetch(root + url).then(function (response) {
      if (!response.ok) return {};
      return response.json().then(function (form) {
        var labels = {};
        (form.tables || []).forEach(function (table) {
          (table.blocks || []).forEach(function (block) {
            var byID = {};
            (block.columns || []).forEach(function (column) {
              byID[column.id] = (column.header || []).concat([column.label]).join(" ");
            });
            labels[table.id + "/" + block.id] = byID;
          });
        });
        return labels;
      });
    }).catch(none);
  }

  function element(name, text, className) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function cell(row, name, text, className, scope) {
    var node = element(name, text, className);
    if (scope) node.setAttribute("scope", scope);
    row.appendChild(node);
    return node;
  }

  function shown(value) { return value === null || value === undefined ? "—" : String(value); }

  function scrollBox(table, label) {
    var box = element("div", null, "table-scroll");
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", label);
    box.tabIndex = 0;
    box.appendChild(table);
    return box;
  }

  function show(first, second, form) {
    result.textContent = "";
    var heading = element("h2", "对比的两份报告");
    heading.id = "compare-reports";
    result.appendChild(heading);
    var list = element("ul", null, "compare-pair");
    [["甲", first], ["乙", second]].forEach(function (pair) {
      var item = element("li", pair[0] + "：");
      var link = element("a", pair[1].title);
      link.href = root + pair[1].url;
      item.appendChild(link);
      list.appendChild(item);
    });
    result.appendChild(list);
    figures(first, second);
    tables(first, second, form);
    narratives(first, second);
  }

  function header(table, caption, labels) {
    table.appendChild(element("caption", caption));
    var head = element("thead");
    var row = element("tr");
    labels.forEach(function (label) { cell(row, "th", label, null, "col"); });
    head.appendChild(row);
    table.appendChild(head);
  }

  function figures(first, second) {
    result.appendChild(element("h2", "主要指标"));
    var table = element("table", null, "list compare-table");
    header(table, "主要指标（不同之处突出显示，单位：件）", ["指标", "甲", "乙", "乙 − 甲"]);
    var body = element("tbody");
    var other = {};
    (second.keyFigures || []).forEach(function (f) { other[f.id] = f.value; });
    (first.keyFigures || []).forEach(function (f) {
      var row = element("tr");
      var b = other[f.id];
      var differs = f.value !== b;
      if (differs) row.className = "differs";
      cell(row, "th", f.label, null, "row");
      cell(row, "td", shown(f.value), "num");
      cell(row, "td", shown(b), "num");
      cell(row, "td", typeof f.value === "number" && typeof b === "number" ? String(Math.round((b - f.value) * 1e6) / 1e6) : "—", "num");
      body.appendChild(row);
    });
    table.appendChild(body);
    result.appendChild(scrollBox(table, "主要指标对比"));
  }

  // A block's rows (nested as the official table prints them): the leaves
  // in order, each with the labels above it.
  function leaves(nodes, children, above) {
    var found = [];
    (nodes || []).forEach(function (node) {
      if (node[children]) found = found.concat(leaves(node[children], children, (above || []).concat([node.label])));
      else found.push({ node: node, above: above || [] });
    });
    return found;
  }

  // Every table cell of a report, by block, row and column id.
  function cells(report) {
    var found = {};
    (report.sections || []).forEach(function (section) {
      (section.blocks || []).forEach(function (block) {
        leaves(block.rows, "rows").forEach(function (leaf) {
          var row = leaf.node;
          (block.columns || []).forEach(function (column, i) {
            var published = row.published && row.published[column];
            var value = row.values[i];
            found[section.id + "/" + block.id + "/" + row.id + "/" + column] =
              value === null ? (published === "" ? "（空白）" : published) : String(value);
          });
        });
      });
    });
    return found;
  }

  function tables(first, second, form) {
    var other = cells(second);
    var differences = 0;
    (first.sections || []).forEach(function (section) {
      if (section.kind !== "table") return;
      result.appendChild(element("h2", section.number + "、" + section.title));
      section.blocks.forEach(function (block) {
        var table = element("table", null, "list compare-table");
        var columns = block.columns || [];
        var named = form[section.id + "/" + block.id] || {};
        var labels = ["项目"].concat(columns.map(function (id) { return named[id] || id; }));
        header(table, (block.caption || section.title) + "（甲 / 乙，不同之处突出显示）", labels);
        var body = element("tbody");
        leaves(block.rows, "rows").forEach(function (leaf) {
          var row = leaf.node;
          var line = element("tr");
          cell(line, "th", leaf.above.concat([row.label || section.title]).join(" "), null, "row");
          columns.forEach(function (column, i) {
            var key = section.id + "/" + block.id + "/" + row.id + "/" + column;
            var mine = row.values[i] === null ? ((row.published && row.published[column]) === "" ? "（空白）" : row.published[column]) : String(row.values[i]);
            var theirs = Object.prototype.hasOwnProperty.call(other, key) ? other[key] : "（无此项）";
            if (mine === theirs) {
              cell(line, "td", mine, "num");
            } else {
              differences += 1;
              var td = cell(line, "td", null, "num differs");
              td.appendChild(element("span", mine, "value-a"));
              td.appendChild(document.createTextNode(" / "));
              td.appendChild(element("strong", theirs, "value-b"));
            }
          });
          body.appendChild(line);
        });
        table.appendChild(body);
        result.appendChild(scrollBox(table, section.title + " 对比"));
      });
    });
    var note = element("p", "表格中共有 " + differences + " 个单元格不同（按行、列编号对应；两份报告格式不同时，对方没有的项目标为“无此项”）。", "note");
    result.appendChild(note);
  }

  // The sentences of a Markdown text, each with its normalised form (null
  // for headings and sentences too short to count).
  var ends = "。；！？;!?";
  function sentences(text) {
    var found = [];
    (text || "").split("\n").forEach(function (line) {
      var heading = /^[ \t]*#/.test(line);
      var start = 0;
      for (var i = 0; i <= line.length; i++) {
        if (i === line.length || ends.indexOf(line[i]) >= 0) {
          var raw = line.slice(start, i + 1);
          start = i + 1;
          if (!raw.trim()) continue;
          var key = raw.replace(/[\s\p{P}\p{S}]/gu, "").replace(/[0-9０-９]+/g, "#");
          found.push({ raw: heading ? raw.replace(/^[ \t]*#+[ \t]*/, "") : raw, heading: heading,
                       key: heading || Array.from(key).length < 6 ? null : key });
        }
      }
      found.push({ raw: "\n", key: null });
    });
    return found;
  }

  function narratives(first, second) {
    var others = {};
    (second.sections || []).forEach(function (s) { if (s.kind === "narrative") others[s.id] = s.markdown || ""; });
    var parts = [{ id: "preamble", number: "", title: "开头说明", markdown: first.preamble }];
    others.preamble = second.preamble || "";
    (first.sections || []).forEach(function (s) { if (s.kind === "narrative") parts.push(s); });
    parts.forEach(function (part) {
      if (!part.markdown && !others[part.id]) return;
      var mine = sentences(part.markdown), theirs = sentences(others[part.id]);
      var mineKeys = new Set(mine.map(function (s) { return s.key; }));
      var theirKeys = new Set(theirs.map(function (s) { return s.key; }));
      result.appendChild(element("h2", (part.number ? part.number + "、" : "") + part.title));
      var pair = element("div", null, "compare-narratives");
      [["甲", mine, theirKeys], ["乙", theirs, mineKeys]].forEach(function (side) {
        var column = element("div", null, "compare-narrative");
        var total = 0, shared = 0;
        var text = element("div", null, "compare-text");
        side[1].forEach(function (s) {
          if (s.raw === "\n") { text.appendChild(element("br")); return; }
          var repeated = s.key !== null && side[2].has(s.key);
          if (s.key !== null) {
            var length = Array.from(s.key).length;
            total += length;
            if (repeated) shared += length;
          }
          text.appendChild(repeated ? element("mark", s.raw) : s.heading ? element("strong", s.raw) : document.createTextNode(s.raw));
        });
        column.appendChild(element("h3", "报告" + side[0] + (total ? "（与另一份报告相同的句子占 " + Math.floor(shared * 100 / total) + "%）" : "")));
        column.appendChild(text);
        pair.appendChild(column);
      });
      result.appendChild(pair);
    });
  }
}());

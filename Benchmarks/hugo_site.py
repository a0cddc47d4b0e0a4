#!/usr/bin/env python3
"""Turns a portal content folder into a Hugo site with the same reports, for
the side-by-side benchmark: one page per report with its table cells in
front matter, a template that prints every table, a JSON output per page,
and list pages per agency and per year (taxonomies).

    Benchmarks/hugo_site.py PORTAL_SITE HUGO_SITE
"""
import pathlib
import shutil
import sys

import yaml
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

CONFIG = """baseURL = "https://portal.example.org/"
languageCode = "zh-CN"
title = "示例门户（Hugo 对照）"
disableKinds = ["RSS", "sitemap", "robotsTXT"]
[taxonomies]
  agency = "agencies"
  year = "years"
[outputs]
  page = ["HTML", "JSON"]
"""

BASEOF = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ block "main" . }}{{ end }}</main></body></html>
"""

SINGLE = """{{ define "main" }}<h1>{{ .Title }}</h1>
<p>{{ .Params.agencyName }} · {{ .Params.form }}</p>
{{ .Content }}
{{ range $table, $rows := .Params.tables }}<table class="{{ $table }}"><tbody>
{{ range $row, $cells := $rows }}<tr><th scope="row">{{ $row }}</th>{{ range $cells }}<td>{{ . }}</td>{{ end }}</tr>
{{ end }}</tbody></table>{{ end }}
{{ end }}
"""

SINGLE_JSON = """{{ dict "title" .Title "agency" .Params.agencyName "form" .Params.form "tables" .Params.tables | jsonify }}
"""

LIST = """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
"""


def main():
    source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    if target.exists():
        shutil.rmtree(target)
    (target / "content" / "reports").mkdir(parents=True)
    layouts = target / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (target / "config.toml").write_text(CONFIG, encoding="utf-8")
    (layouts / "baseof.html").write_text(BASEOF, encoding="utf-8")
    (layouts / "single.html").write_text(SINGLE, encoding="utf-8")
    (layouts / "single.json").write_text(SINGLE_JSON, encoding="utf-8")
    (layouts / "list.html").write_text(LIST, encoding="utf-8")
    (target / "layouts" / "index.html").write_text(LIST.replace('{{ define "main" }}', "").replace("{{ end }}\n", "\n").replace("{{ end }}</ul>{{ end }}", "{{ end }}</ul>"), encoding="utf-8")
    for agency in sorted((source / "content" / "agencies").iterdir()):
        info = yaml.load((agency / "agency.yaml").read_text(encoding="utf-8"), Loader=LOADER)
        for folder in sorted(p for p in agency.iterdir() if p.is_dir()):
            data = yaml.load((folder / "report.yaml").read_text(encoding="utf-8"), Loader=LOADER)
            tables = {k: v for k, v in data.items() if isinstance(v, dict)}
            front = {"title": f"{info['name']}{folder.name}年政府信息公开工作年度报告", "agencyName": info["name"],
                     "agencies": [agency.name], "years": [folder.name], "form": data["form"], "tables": tables}
            body = "\n\n".join((folder / f"{n}.md").read_text(encoding="utf-8") for n in ("overview", "problems", "other"))
            text = "---\n" + yaml.dump(front, Dumper=DUMPER, allow_unicode=True, sort_keys=False) + "---\n\n" + body
            (target / "content" / "reports" / f"{agency.name}-{folder.name}.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

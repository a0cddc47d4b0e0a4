#!/usr/bin/env python3
"""Generates a synthetic portal: N agencies x a range of years of reports in
the real content format, deterministic from a seed, every report passing
every check (identities, carry-over between years), with about 4 KB of
Chinese narrative per report. Reports for 2019-2020 use the 2019 trial
format, later ones the 2021 format. All names say they are examples.

    Benchmarks/generate_corpus.py --agencies 1000 --years 2019-2022 --out /tmp/corpus

With --imported, every report.yaml is laid out as `portal import` writes it
(Sources/PortalImport/ReportYAML.swift): a note on where it came from, the
publication date as printed, the `source:` block naming a small stand-in
source.pdf kept beside it, the tables' titles, column and row labels as
comments. The cells are the same as without it (same seed).
"""
import argparse
import hashlib
import json
import os
import pathlib
import random
import shutil

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
FORMS = ROOT / "Sources" / "PortalLoader" / "Forms"
KINDS = ["department", "subdistrict", "town", "government"]
SENTENCES = [
    "本机关坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。",
    "全年通过政府网站、政务新媒体等渠道主动公开政府信息，及时回应社会关切。",
    "依申请公开工作严格按照法定程序受理、审查、答复，所有申请均在法定期限内办结。",
    "加强政府信息公开审查，落实保密审查机制，确保公开内容准确、规范。",
    "完善政府信息公开指南和目录，方便公众查询和获取政府信息。",
    "政务公开工作纳入年度绩效考核，定期开展自查和整改。",
    "组织开展政务公开业务培训，提升工作人员的业务能力和水平。",
    "部分栏目更新不够及时，政策解读形式较为单一，下一步将加以改进。",
]


def leaves(columns):
    out = []
    for column in columns:
        out += leaves(column["columns"]) if "group" in column else [column]
    return out


def leaf_rows(rows):
    out = []
    for row in rows:
        out += leaf_rows(row["rows"]) if "rows" in row else [row["id"]]
    return out


def load_form(form_id):
    form = yaml.safe_load((FORMS / f"{form_id}.yaml").read_text(encoding="utf-8"))
    return form, rows_of(form)


def rows_of(form):
    tables = []
    for table in form["tables"]:
        rows = []
        for block in table["blocks"]:
            width = len(leaves(block["columns"]))
            rows += [(row, width) for row in leaf_rows(block["rows"])]
        tables.append((table["id"], rows))
    return tables


def narrative(rng, size):
    text, paragraphs = "", []
    while len(text.encode("utf-8")) < size:
        paragraph = "".join(rng.choice(SENTENCES) for _ in range(4))
        paragraphs.append(paragraph)
        text += paragraph
    return "\n\n".join(paragraphs) + "\n"


def report(rng, form_id, tables, carried_over, in_force):
    """Cells for one report; returns (yaml text, carried-forward list).
    `in_force` (row -> 现行有效件数 of the last 2021-format report) is
    updated, so documents in force roll forward from year to year."""
    outcomes = ["disclosed", "partlyDisclosed", "withheldThirdPartyRights", "unavailableNotHeld",
                "notProcessedComplaints"] + (["otherOther"] if form_id == "gov-info-2021" else ["otherHandling"])
    received = [rng.randint(0, 40), rng.randint(0, 5), 0, rng.randint(0, 2), rng.randint(0, 2), rng.randint(0, 2)]
    available = [r + c for r, c in zip(received, carried_over)]
    closed_by = {name: [0] * 6 for name in outcomes}
    forward = []
    for column, count in enumerate(available):
        keep = rng.randint(0, min(count, 2))
        forward.append(keep)
        for _ in range(count - keep):
            closed_by[rng.choice(outcomes)][column] += 1
    lines = [f"form: {form_id}"]
    for table_id, rows in tables:
        lines.append(f"{table_id}:")
        for row, width in rows:
            if table_id == "applications":
                six = {"received": received, "carriedOver": carried_over, "carriedForward": forward,
                       "closedTotal": [a - f for a, f in zip(available, forward)]}.get(row, closed_by.get(row, [0] * 6))
                cells = six + [sum(six)]
            elif table_id == "appeals":
                review = [rng.randint(0, 1), 0, 0, rng.randint(0, 1)]
                cells = review + [sum(review)] + [0] * 10
            elif row == "fees" and form_id == "gov-info-2021":
                cells = [round(rng.random() * 20, 2)]
            else:
                cells = [rng.randint(0, 50) for _ in range(width)]
                if form_id == "gov-info-2021" and row in ("regulations", "normativeDocuments"):
                    # 本年制发, 本年废止, 现行有效: last year's stock + issued − repealed.
                    if row in in_force:
                        cells[1] = min(cells[1], in_force[row] + cells[0])
                        cells[2] = in_force[row] + cells[0] - cells[1]
                    in_force[row] = cells[2]
            lines.append(f"  {row}: [{', '.join(str(c) for c in cells)}]")
    return "\n".join(lines) + "\n", forward


def text_of_agency(folder):
    return yaml.safe_load((folder / "agency.yaml").read_text(encoding="utf-8"))["name"]


def imported_layout(form, text, year, agency, original):
    """The cells of `text` (form:, then one `  row: [..]` line per row)
    laid out as ReportYAML.text writes an imported report."""
    cells = dict(line.strip().split(": ", 1) for line in text.splitlines() if line.startswith("  "))
    # Its own generator: the cells stay those of the same seed without --imported.
    day = random.Random(f"{agency}{year}").randint(10, 28)
    out = [f"# {agency} {year}年政府信息公开工作年度报告（由 portal import 从所发布的 pdf 文件导入）",
           "# Every cell exactly as published, in the official column order.",
           '# A blank cell is "" and a dash is "-": never write 0 for them.',
           f"form: {form['id']}", f"year: {year}",
           f"published: {year + 1}-01-{day:02d}  # {year + 1}年1月{day}日 as printed in the file", "",
           "# The published file this report was imported from, kept beside it as source.pdf.", "source:",
           f"  name: {json.dumps(f'{agency}{year}年政府信息公开工作年度报告.pdf', ensure_ascii=False)}",
           "  file: source.pdf", "  format: pdf", f"  sha256: {hashlib.sha256(original).hexdigest()}",
           '  imported: "2026-01-15"']
    for table in form["tables"]:
        width = max(len(row) for block in table["blocks"] for row in leaf_rows(block["rows"])) + 2
        out += ["", f"# {table['number']}、{table['title']}", f"{table['id']}:"]
        for block in table["blocks"]:
            columns = ", ".join(column["label"] for column in leaves(block["columns"]))
            out.append(f"  # {block['caption']} — {columns}" if block.get("caption") else f"  # columns: {columns}")
            out += row_lines(block["rows"], width, cells)
    return "\n".join(out) + "\n"


def row_lines(rows, width, cells):
    out = []
    for row in rows:
        if "rows" in row:
            out += [f"  # {row['label']}"] + row_lines(row["rows"], width, cells)
            continue
        comment = f"  # {row['label']}" if row.get("label") else ""
        out.append(f"  {(row['id'] + ':').ljust(width)}{cells[row['id']]}{comment}")
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--agencies", type=int, required=True)
    parser.add_argument("--years", default="2020-2022", help="first-last, e.g. 2019-2022")
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--narrative-bytes", type=int, default=1400, help="per narrative file (three per report)")
    parser.add_argument("--imported", action="store_true",
                        help="lay report.yaml out as portal import writes it, with a source: block and source.pdf")
    parser.add_argument("--region-size", type=int, default=0,
                        help="group agencies into regions of this many: the first of each is a 区人民政府, "
                             "the others name it as their parent (0: no parents)")
    args = parser.parse_args()
    first, last = (int(y) for y in args.years.split("-"))
    out = pathlib.Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    content = out / "content" / "agencies"
    content.mkdir(parents=True)
    shutil.copytree(ROOT / "theme", out / "theme")
    (out / "content" / "site.yaml").write_text("title: 示例门户（合成数据）\nbaseURL: https://portal.example.org/\n", encoding="utf-8")
    loaded = {form_id: load_form(form_id) for form_id in ("gov-info-2019", "gov-info-2021")}
    forms = {form_id: rows for form_id, (_, rows) in loaded.items()}
    rng = random.Random(args.seed)
    for number in range(args.agencies):
        slug = f"agency-{number:05d}"
        folder = content / slug
        folder.mkdir()
        if args.region_size > 0:
            region = number - number % args.region_size
            if region == number:
                text = f"name: 示例市第{number // args.region_size}示例区人民政府\nshortName: 示例区{number // args.region_size}\nkind: government\n"
            else:
                text = (f"name: 示例市第{region // args.region_size}示例区第{number}号示例机构\nshortName: 示例机构{number}\n"
                        f"kind: {KINDS[number % 3]}\nparent: agency-{region:05d}\n")
        else:
            text = f"name: 示例市第{number}号示例机构\nshortName: 示例机构{number}\nkind: {KINDS[number % len(KINDS)]}\n"
        (folder / "agency.yaml").write_text(text, encoding="utf-8")
        carried = [0] * 6
        in_force = {}
        for year in range(first, last + 1):
            form_id = "gov-info-2019" if year <= 2020 else "gov-info-2021"
            text, carried = report(rng, form_id, forms[form_id], carried, in_force)
            year_folder = folder / str(year)
            year_folder.mkdir()
            if args.imported:
                name = text_of_agency(folder)
                original = f"%PDF-1.4\n% {name}{year}年政府信息公开工作年度报告（示例）\n".encode("utf-8") * 20
                (year_folder / "source.pdf").write_bytes(original)
                text = imported_layout(loaded[form_id][0], text, year, name, original)
            else:
                text = text.replace(f"form: {form_id}\n", f"form: {form_id}\nyear: {year}\n", 1)
            (year_folder / "report.yaml").write_text(text, encoding="utf-8")
            for name in ("overview", "problems", "other"):
                (year_folder / f"{name}.md").write_text(narrative(rng, args.narrative_bytes), encoding="utf-8")
    print(f"{args.agencies * (last - first + 1)} reports in {out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The varied figures of make-real-formats.py's CELLS=random (round forty-five): tables 二 三 四 of one made report,
drawn from a generator seeded with the report's name, in the shapes real reports print — zero cells as 0, blank or a
mark (`—`, `/`, `无`, `-`), the zero rows of 三 left blank whole, counts small or large (plain, `12,345`, `1 234`),
万元 with decimals (`3.5`, `0.00`), figures wider than a column, and now and then a total that does not add up (the
import publishes it as printed; the checks fail it). `draw` gives the printed cells by make-fixtures' row keys
(the oracle, NAME.cells.json); `text_lines` puts them into browser-copy.txt's tab-separated rows.
With form="2019" (make-real-formats.py's FORM=2019, round fifty-one) the tables are the 2019 trial form's: 二's five
blocks (本年新制作数量…, 上一年项目数量 · 本年增/减 · 处理决定数量, 采购项目数量 · 采购总金额), 本年增/减 signed (`-3`, `+2`,
`2`), 采购总金额 a sum as reports fill it in (`125.5`, `251000`, now and then `251000元`), 三（六）其他处理 one row; the
oracle in the trial form's ids (otherManagementServices, centralProcurement, otherHandling…). Unset, draws as before."""
import random
import re
from importlib import import_module

base = import_module("make-fixtures")
ZERO_STYLES = [("0", 35), ("", 25), ("—", 10), ("/", 10), ("无", 5), ("-", 5), ("mixed", 10)]
SPLIT_ROWS = {"received", "carriedOver", "closedTotal", "carriedForward"}
# The trial form's table 二 and 三 (../shared/reference/annual-report-format.md §3.2, §4.3), as make-variants.py has them.
trial = import_module("make-variants")
PROACTIVE_2019, APPLICATION_ROWS_2019 = trial.PROACTIVE_2019, trial.APPLICATION_ROWS_2019


def forms(form):
    """Table 二's blocks and table 三's rows of the form drawn."""
    return (PROACTIVE_2019, APPLICATION_ROWS_2019) if form == "2019" else (base.PROACTIVE, base.APPLICATION_ROWS)


def pick(rng, weighted):
    return rng.choices([w for w, _ in weighted], [n for _, n in weighted])[0]


def draw(seed, zeros=False, form="2021"):
    rng = random.Random(seed)
    zero = pick(rng, ZERO_STYLES)
    blank_rows = rng.random() < 0.3          # 三's rows with no application printed blank whole
    scale = pick(rng, [(20, 50), (300, 30), (30000, 20)])
    grouping = pick(rng, [("plain", 70), ("comma", 20), ("space", 10)]) if scale > 1000 else "plain"

    def count(top, sparse=0.5):
        return 0 if rng.random() < sparse else rng.randint(1, max(1, int(top)))

    def printed(n):
        if n == 0:
            return rng.choice(["0", ""]) if zero == "mixed" else zero
        if n >= 1000 and grouping == "comma":
            return f"{n:,}"
        if n >= 1000 and grouping == "space":
            return f"{n:,}".replace(",", " ")
        return str(n)

    c = {}
    if form == "2019":
        c.update(trial_proactive(rng, scale, count, printed))
    else:
        # 二: 规章 rarely issued; 许可 and 处罚 the large counts; 万元 with decimals.
        c["regulations"] = [printed(count(3, 0.8)) for _ in range(3)]
        c["normativeDocuments"] = [printed(count(30, 0.4)) for _ in range(3)]
        c["licensing"] = [printed(count(scale * 3, 0.3))]
        c["penalties"] = [printed(count(scale, 0.3))]
        c["enforcement"] = [printed(count(scale / 5, 0.6))]
        fee = pick(rng, [("zero", 40), ("0.00", 15), ("decimal", 30), ("large", 15)])
        c["fees"] = [{"zero": printed(0), "0.00": "0.00", "decimal": f"{rng.randint(1, 999) / rng.choice([10, 100]):g}",
                      "large": f"{rng.randint(1000, 99999) / 100:.2f}"}[fee]]
    application_rows = forms(form)[1]
    # 三: sparse outcome rows, each column's total the sum; received balances the table.
    people = max(1, scale // 10)
    widths = [people, people / 4, 1, 1, 1, people / 8]
    rows = {}
    outcome_keys = [k for _, _, _, k in application_rows if k not in SPLIT_ROWS]
    for key in outcome_keys:
        busy = key in ("disclosed", "unavailableNotHeld", "partlyDisclosed", "notProcessedComplaints")
        rows[key] = [count(w if busy else max(1, w / 10), 0.4 if busy else 0.85) for w in widths]
    closed = [sum(rows[k][i] for k in outcome_keys) for i in range(6)]
    forward = [count(max(1, w / 5), 0.7) for w in widths]
    over = [count(max(1, w / 5), 0.7) for w in widths]
    received = [closed[i] + forward[i] - over[i] for i in range(6)]
    over = [o if r >= 0 else o + r for o, r in zip(over, received)]
    received = [max(0, r) for r in received]
    rows.update(received=received, carriedOver=over, closedTotal=closed, carriedForward=forward)
    sums = {k: v + [sum(v)] for k, v in rows.items()}
    if rng.random() < 0.15:
        # A total printed that does not add up (a typo in 总计, or in （七）总计's column).
        key = rng.choice(["received", "closedTotal", "disclosed"])
        at = rng.choice([0, 6])
        sums[key][at] += rng.choice([1, 2, 10])
    for _, _, _, key in application_rows:
        figures = sums[key]
        if blank_rows and not any(figures) and key not in SPLIT_ROWS:
            c[key] = [""] * 7
        else:
            c[key] = [printed(n) for n in figures]
    # 四: small counts; large scales a few hundreds to thousands (a column of 海关's or 公安's).
    big = scale if scale > 1000 else scale // 3
    cases = []
    for _ in range(3):
        part = [count(max(1, big / 30), 0.6) for _ in range(4)]
        cases += part + [sum(part)]
    c["cases"] = [printed(n) for n in cases]
    if zeros:
        c = {k: ["0" if v == "" else v for v in vs] for k, vs in c.items()}
    return c


def trial_proactive(rng, scale, count, printed):
    """The trial form's 二: documents made, published and in force; items last year, this year's change (signed), decisions;
    fee items; central purchases and their sum."""
    def signed(top):
        n = 0 if rng.random() < 0.4 else rng.randint(1, max(1, int(top))) * rng.choice([-1, 1])
        if n == 0:
            return printed(0)
        return ("-" if n < 0 else rng.choice(["", "", "+"])) + printed(abs(n))

    def documents(top, sparse):
        made = count(top, sparse)
        published = made if rng.random() < 0.7 else count(top, sparse)
        return [printed(made), printed(published), printed(published + count(top * 5, 0.3))]

    def items(top_items, top_decisions, sparse):
        return [printed(count(top_items, 0.2)), signed(max(1, top_items / 10)), printed(count(top_decisions, sparse))]

    amount = pick(rng, [("zero", 35), ("decimal", 35), ("large", 20), ("yuan", 10)])
    return {
        "regulations": documents(3, 0.8),
        "normativeDocuments": documents(30, 0.4),
        "licensing": items(300, scale * 3, 0.3),
        "otherManagementServices": items(50, scale, 0.5),
        "penalties": items(500, scale, 0.3),
        "enforcement": items(30, scale / 5, 0.6),
        "fees": [printed(count(20, 0.4)), signed(3)],
        "centralProcurement": [printed(count(60, 0.4)),
                               {"zero": printed(0), "decimal": f"{rng.randint(1, 99999) / 100:g}",
                                "large": str(rng.randint(1000, 999999)), "yuan": f"{rng.randint(1000, 999999)}元"}[amount]],
    }


def copied_rows(rows, c):
    """Table 三's rows as a browser copies them: a merged label printed on its first row only."""
    out, seen = [], set()
    for top, middle, leaf, key in rows:
        if middle is None:
            labels = [top]
        else:
            labels = ([top] if top not in seen else []) + ([middle] if middle not in seen else []) + ([leaf] if leaf else [])
        seen.update([top, middle])
        out.append("\t".join(labels + c[key]))
    return out


def trial_lines(lines, c):
    """browser-copy.txt's table lines made the trial form's: its 二 block by block, 三 with （六） one row, 四 as it is."""
    two = next(i for i, l in enumerate(lines) if l.startswith("二、"))
    three = next(i for i, l in enumerate(lines) if l.startswith("三、收到"))
    first = next(i for i, l in enumerate(lines) if l.startswith("一、本年新收"))
    last = next(i for i, l in enumerate(lines) if l.startswith("四、结转"))
    proactive = [lines[two]]
    for caption, columns, rows in PROACTIVE_2019:
        proactive += [caption, "\t".join(["信息内容"] + columns)] + ["\t".join([label] + c[key]) for label, key in rows]
    out = proactive + lines[three:first] + copied_rows(APPLICATION_ROWS_2019, c) + lines[last + 1:]
    cases = next(i for i, l in enumerate(out) if re.fullmatch(r"[\d\t]+", l) and l.count("\t") == 14)
    out[cases] = "\t".join(c["cases"])
    return out


def text_lines(lines, c):
    """browser-copy.txt's table lines (二 to 四) with the cells of `c`."""
    labels = {label: key for _, _, rows in base.PROACTIVE for label, key in rows}
    first = next(i for i, l in enumerate(lines) if l.startswith("一、本年新收"))
    application = [i for i, l in enumerate(lines) if i >= first and "\t" in l][:len(base.APPLICATION_ROWS)]
    cases = next(i for i, l in enumerate(lines) if re.fullmatch(r"[\d\t]+", l) and l.count("\t") == 14)
    out = list(lines)
    for i, line in enumerate(lines):
        label = line.split("\t")[0]
        if label in labels and "\t" in line:
            out[i] = "\t".join([label] + c[labels[label]])
    for i, (_, _, _, key) in zip(application, base.APPLICATION_ROWS):
        out[i] = "\t".join(lines[i].split("\t")[:-7] + c[key])
    out[cases] = "\t".join(c["cases"])
    return out

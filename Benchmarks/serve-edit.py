#!/usr/bin/env python3
"""Save-to-rebuilt of `portal serve` on a large generated portal (issue 18).

    Benchmarks/serve-edit.py 10000 50000      # ROUNDS=7, BENCH_DIR=/tmp/portal-serve-bench, PORTAL=<binary>

For each size: generates the corpus (generate_corpus.py, N/4 agencies x 2019-2022) unless it is
there, builds `portal` in release (once, `scripts/release`), starts `portal serve` on a free loopback port, waits
for its first build, then edits one report ROUNDS times each way:

- narrative: one line appended to a report's overview.md (a different report each round);
- cell: one table cell (行政处罚, which no identity or narrative claim involves) changed by one.

Each edit is timed from the moment the file is written to
- page: the report's page on disk holding the change (polled every 2 ms), and
- rebuilt: `portal serve` printing "rebuilt in ..." (the whole site patched),
and the time `portal serve` itself printed. Medians are printed at the end; every edit is
undone before the next size.
"""
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROUNDS = int(os.environ.get("ROUNDS", "7"))
BENCH_DIR = os.environ.get("BENCH_DIR", "/tmp/portal-serve-bench")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`portal serve` with its output read line by line on a thread."""

    def __init__(self, portal, site):
        self.lines = []
        self.cond = threading.Condition()
        self.process = subprocess.Popen(
            [portal, "serve", "--site", site, "--port", str(free_port()), "--verbose"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "NO_COLOR": "1"})
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            with self.cond:
                self.lines.append((time.monotonic(), line.rstrip("\n")))
                self.cond.notify_all()

    def wait_for(self, pattern, after, timeout=600):
        """The first line matching `pattern` among lines after index `after`: (time, line, index)."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for index in range(after, len(self.lines)):
                    if re.search(pattern, self.lines[index][1]):
                        return self.lines[index][0], self.lines[index][1], index + 1
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no '{pattern}' within {timeout} s; last lines: {self.lines[-5:]}")
                self.cond.wait(left)

    def stop(self):
        self.process.terminate()
        self.process.wait(30)


def wait_for_page(path, marker, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(path, encoding="utf-8") as f:
                if marker in f.read():
                    return time.monotonic()
        except FileNotFoundError:
            pass
        time.sleep(0.002)
    raise TimeoutError(f"{path} never showed {marker}")


def edit_narrative(site, report, marker):
    path = os.path.join(site, "content", "agencies", report, "overview.md")
    with open(path, encoding="utf-8") as f:
        original = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(original + f"\n本报告已补充说明（{marker}）。\n")
    return path, original


def edit_cell(site, report, marker):
    path = os.path.join(site, "content", "agencies", report, "report.yaml")
    with open(path, encoding="utf-8") as f:
        original = f.read()
    match = re.search(r"^(\s*penalties:\s*\[)(\d+)\]", original, re.M)
    value = int(match.group(2)) + 1 + marker % 7
    with open(path, "w", encoding="utf-8") as f:
        f.write(original[:match.start(2)] + str(value) + original[match.end(2):])
    # The page shows the new count in the 行政处罚 row.
    return path, original, f"行政处罚</th><td>{value}</td>"


def measure(portal, reports):
    agencies = reports // 4
    site = os.path.join(BENCH_DIR, f"corpus{reports}")
    if not os.path.isdir(site):
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate_corpus.py"),
                        "--agencies", str(agencies), "--years", "2019-2022", "--out", site], check=True)
    # The corpus gets the theme of this checkout (a corpus made earlier may hold an older one).
    shutil.rmtree(os.path.join(site, "theme"), ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "theme"), os.path.join(site, "theme"))
    shutil.rmtree(os.path.join(site, "public"), ignore_errors=True)
    shutil.rmtree(os.path.join(site, ".portal-cache"), ignore_errors=True)
    server = Server(portal, site)
    results = {"narrative": [], "cell": []}
    try:
        start = time.monotonic()
        at, line, seen = server.wait_for(r"built \d+ reports|error", 0, timeout=1800)
        print(f"{reports}: first build {at - start:.1f} s ({line.strip()})", flush=True)
        time.sleep(2)
        for round_ in range(ROUNDS):
            for kind in ("narrative", "cell"):
                # A different agency each time, spread over the portal; 2022 uses the 2021 form.
                agency = (round_ * 2 + (kind == "cell")) * (agencies // (2 * ROUNDS + 1)) + 7
                report = f"agency-{agency:05d}/2022"
                marker = 1000 + round_
                page = os.path.join(site, "public", "agencies", report, "index.html")
                if kind == "narrative":
                    path, original = edit_narrative(site, report, marker)
                    shown = f"（{marker}）"
                else:
                    path, original, shown = edit_cell(site, report, marker)
                written = time.monotonic()
                on_disk = wait_for_page(page, shown)
                at, line, seen = server.wait_for(r"rebuilt in|build failed|built \d+ reports", seen, timeout=120)
                printed = re.search(r"rebuilt in (\d+) ms", line)
                if not printed:
                    raise RuntimeError(f"unexpected: {line}")
                results[kind].append((on_disk - written, at - written, int(printed.group(1)) / 1000))
                print(f"  {kind:9} {report}: page {1000 * (on_disk - written):6.0f} ms, rebuilt {1000 * (at - written):6.0f} ms"
                      f" (serve says {line.strip()})", flush=True)
                # Undo, and let that patch finish before the next edit.
                with open(path, "w", encoding="utf-8") as f:
                    f.write(original)
                at, line, seen = server.wait_for(r"rebuilt in|build failed|built \d+ reports", seen, timeout=120)
                time.sleep(0.5)
    finally:
        server.stop()
    for kind, rows in results.items():
        if not rows:
            continue
        page, rebuilt, printed = (statistics.median(column) for column in zip(*rows))
        print(f"{reports} {kind}: median page {1000 * page:.0f} ms, rebuilt {1000 * rebuilt:.0f} ms, "
              f"serve printed {1000 * printed:.0f} ms over {len(rows)} edits "
              f"(rebuilt range {1000 * min(r[1] for r in rows):.0f}-{1000 * max(r[1] for r in rows):.0f} ms)", flush=True)


def main():
    sizes = [int(arg) for arg in sys.argv[1:]] or [10000]
    os.makedirs(BENCH_DIR, exist_ok=True)
    # PORTAL=/path/to/portal measures that binary (e.g. an older one, side by side).
    portal = os.environ.get("PORTAL")
    if not portal:
        portal = subprocess.run([os.path.join(ROOT, "scripts", "release")], cwd=ROOT, check=True,
                                stdout=subprocess.PIPE, text=True).stdout.strip()
    for reports in sizes:
        measure(portal, reports)


if __name__ == "__main__":
    main()

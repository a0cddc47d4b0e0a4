#!/usr/bin/env python3
"""Shares of a one-change rebuild's samples by part of the build.

    perf record -F 499 -g -o rebuild.perf portal build
    perf script -i rebuild.perf > rebuild.script
    Benchmarks/rebuild-profile.py rebuild.script

(`Benchmarks/rebuild-perf.sh` primes a site and does the three.)

Each sample counts once, for the first part below whose pattern a frame of
its stack matches (Swift's mangled names, where a repeated word is a back reference: `RenderReuse` is `Render0B5Reuse` in `PortalRender`; the order matters where one
part's names hold another's, e.g. a closure of `LoadSnapshots.read` names
`FolderSignature` in its type). Worker threads' stacks are partly broken
(perf cannot always unwind them): those samples count as "unattributed".
"""
import collections
import re
import sys

PARTS = [
    ("load snapshots read and decoded", r"LoadSnapshotsV4read|FolderSnapshot.*?decode|SnapshotFileO4open"),
    ("folder signatures", r"FolderSignatureV2of|FolderSignatureV7Listing"),
    ("archive pieces read and kept", r"ArchivePiecesFile|DerivedSnapshots.*?(read|write)Pieces"),
    ("derived parts read", r"DerivedSnapshots.*?read|DerivedSnapshots.*?parts"),
    ("check cache", r"CheckCache"),
    ("the spare's check", r"SpareFolder.*?verified|TreeCheck"),
    ("render cache read", r"RenderCache.*?(parse|previous)"),
    ("render cache saved", r"RenderCache.*?save"),
    ("render keys", r"RenderReuse|Render0B5Reuse"),
    ("keeping files", r"SpareOutput.*?reuse|LiveOutput.*?reuse"),
    ("downloads", r"Downloads|JoinedFiles|JSONArrayFile"),
    ("pages", r"renderPages|SiteRenderer.*?Pages"),
    ("feeds, sitemap and search", r"renderDiscovery|Search"),
    ("site index and reader facts", r"SiteIndex|ReaderFacts"),
    ("checks", r"Checker|PortalChecks"),
    ("folders read", r"SiteLoader|AgencyReader|ReportReader"),
    ("manifest and swap", r"commit|Manifest|finish"),
    ("snapshots saved", r"Pending.*?save|DerivedSnapshots.*?finish"),
    ("theme", r"Theme.*?compile|ThemeLoader"),
    ("build, other", r"SiteBuilder|CachedCheck|cachedCheck"),
]

counts = collections.Counter()
# Samples whose innermost frame is the kernel's (system calls, page faults):
# a part mostly in the kernel is cut by fewer calls, not by faster code.
kernel = collections.Counter()
total = 0
for sample in open(sys.argv[1]).read().split("\n\n"):
    lines = sample.strip().split("\n")
    if len(lines) < 2:
        continue
    total += 1
    stack = " ".join(line.strip() for line in lines[1:])
    part = next((name for name, pattern in PARTS if re.search(pattern, stack)), "unattributed")
    counts[part] += 1
    if "[kernel" in lines[1]:
        kernel[part] += 1
print(f"{total} samples, {sum(kernel.values())} in the kernel")
for part, count in counts.most_common():
    print(f"{100 * count / total:5.1f} %  {count:5d}  (kernel {kernel[part]:4d})  {part}")

#!/usr/bin/env python3
"""Bytes the search page fetches for a query on a built site, following the
steps of theme/assets/search.js (manifest, the shards of the query's keys,
the kind bitmap when filtered, then for the first 20 results shown their
search/docs/ chunks and the text files that hold the match, two documents'
parts a file), and the
largest HTML page of the site.

    Benchmarks/search-bytes.py public 公开
    Benchmarks/search-bytes.py --largest-page public 公开 下沙 2021
    Benchmarks/search-bytes.py public --year 2021 --kind subdistrict 公开

Prints one line per query (just the figures when there is one query, as
Benchmarks/compare-hugo.sh wants them), and with --largest-page a line for
the largest HTML page; --json prints all of it as one JSON object.
"""
import argparse
import bisect
import json
import os
import pathlib
import sys
import unicodedata

PAGE = 20
CHECKED_PER_PAGE = 200
TEXTS_PER_PAGE = 40


def is_han(c):
    return 0x3400 <= c <= 0x4DBF or 0x4E00 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF or 0x20000 <= c <= 0x3134F


def is_term(c):
    return 0x30 <= c <= 0x39 or 0x61 <= c <= 0x7A


def normalise(text):
    return "".join(chr(ord(ch) + 32) if "A" <= ch <= "Z" else ch for ch in unicodedata.normalize("NFKC", text))


def analyse(query):
    words, keys, word, previous, term = [], [], "", None, ""
    for ch in query:
        c = ord(ch)
        if is_han(c):
            if term and len(term) <= 32 and term not in keys:
                keys.append(term)
            term = ""
            if previous is not None and previous + ch not in keys:
                keys.append(previous + ch)
            previous = ch
            word += ch
        elif is_term(c):
            previous = None
            term += ch
            word += ch
        else:
            previous = None
            if term and len(term) <= 32 and term not in keys:
                keys.append(term)
            term = ""
            if word:
                words.append(word)
            word = ""
    if term and len(term) <= 32 and term not in keys:
        keys.append(term)
    if word:
        words.append(word)
    return words, keys


def utf16(key):
    return key.encode("utf-16-be")


class Site:
    def __init__(self, root):
        self.root = pathlib.Path(root)
        self.fetched = {}
        self.manifest = json.loads(self.fetch("search/manifest.json"))
        self.first_keys = [utf16(k) for k in self.manifest["shards"]]

    def fetch(self, path):
        data = (self.root / path).read_bytes()
        self.fetched[path] = len(data)
        return data

    def lists(self, key):
        number = max(0, bisect.bisect_right(self.first_keys, utf16(key)) - 1)
        return parse_shard(self.fetch(f"search/shards/{number}.bin")).get(key, ([], []))

    def document(self, id):
        per = self.manifest["documentsPerChunk"]
        rows = json.loads(self.fetch(f"search/docs/{id // per}.json"))
        slug, name, short, kind, year, parts = rows[id % per]
        return {"id": id, "slug": slug, "name": name, "short": short, "year": year, "parts": parts}

    def text(self, doc, number):
        per = self.manifest["documentsPerText"]
        texts = json.loads(self.fetch(f"search/text/{doc['id'] // per}.json"))
        return texts[doc["id"] % per][number]

    @property
    def bytes(self):
        return sum(self.fetched.values())


def varint(data, at):
    value, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, at
        shift += 7


def posting_list(data, at):
    encoding = data[at]
    at += 1
    if encoding == 0:
        return [], at
    _, at = varint(data, at)
    length, at = varint(data, at)
    end, ids = at + length, []
    if encoding == 2:
        for i in range(at, end):
            byte = data[i]
            ids += [(i - at) * 8 + bit for bit in range(8) if byte & (1 << bit)]
    else:
        previous = -1
        while at < end:
            gap, at = varint(data, at)
            previous += gap + 1
            ids.append(previous)
    return ids, end


def parse_shard(data):
    entries, at = {}, 0
    while at < len(data):
        length, at = varint(data, at)
        key = data[at:at + length].decode("utf-8")
        at += length
        names, at = posting_list(data, at)
        texts, at = posting_list(data, at)
        entries[key] = (names, texts)
    return entries


def search(root, query, year=None, kind=None):
    """(bytes fetched, candidates, results shown) for the first page of results."""
    site = Site(root)
    words, keys = analyse(normalise(query.strip()))
    if not keys:
        return site.bytes, 0, 0
    names, all_ids, by_key = None, None, {}
    for key in keys:
        key_names, key_texts = site.lists(key)
        by_key[key] = (key_names, key_texts)
        either = set(key_names) | set(key_texts)
        names = set(key_names) if names is None else names & set(key_names)
        all_ids = either if all_ids is None else all_ids & either
    keep = lambda id: True
    if year:
        ranges = [(y["first"], y["first"] + y["count"]) for y in site.manifest["years"] if y["year"] == int(year)] or [(0, 0)]
        keep = lambda id, r=ranges[0]: r[0] <= id < r[1]
    if kind:
        bitmap = site.fetch(f"search/kinds/{kind}.bin")
        year_keep = keep
        keep = lambda id: year_keep(id) and bool(bitmap[id >> 3] & (1 << (id & 7)))
    candidates = [id for id in sorted(names) + sorted(all_ids - names) if keep(id)]
    text_of = {}
    for word in words:
        word_keys = analyse(word)[1]
        if word_keys:
            text_of[word] = set.intersection(*(set(by_key[k][1]) for k in word_keys))
    shown = checked = texts = 0
    for id in candidates:
        if shown >= PAGE or checked >= CHECKED_PER_PAGE or texts >= TEXTS_PER_PAGE:
            break
        checked += 1
        doc = site.document(id)
        named = normalise(f"{doc['name']} {doc['short']} {doc['year']}")
        missing = [w for w in words if w not in named]
        if missing and not all(w not in text_of or id in text_of[w] for w in missing):
            continue
        texts += 1 if missing else 0
        number = 0
        while missing and number < doc["parts"]:
            text = normalise(site.text(doc, number))
            missing = [w for w in missing if w not in text]
            number += 1
        if not missing:
            shown += 1
    return site.bytes, len(candidates), shown


def largest_page(root):
    best = (0, "")
    for folder, _, names in os.walk(root):
        for name in names:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                best = max(best, (os.path.getsize(path), os.path.relpath(path, root)))
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", help="a built site (the output folder)")
    parser.add_argument("queries", nargs="+")
    parser.add_argument("--year")
    parser.add_argument("--kind")
    parser.add_argument("--largest-page", action="store_true", help="also print the largest HTML page")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    out = {"queries": [], "largestPage": None}
    for query in args.queries:
        fetched, candidates, shown = search(args.site, query, args.year, args.kind)
        out["queries"].append({"query": query, "bytes": fetched, "candidates": candidates, "shown": shown})
    size, path = largest_page(args.site) if args.largest_page or args.json else (0, "")
    out["largestPage"] = {"path": path, "bytes": size}
    if args.json:
        json.dump(out, sys.stdout, ensure_ascii=False)
        print()
        return
    for q in out["queries"]:
        figures = f"{q['bytes'] / 1024:.1f} KB fetched ({q['candidates']} reports found, {q['shown']} shown)"
        print(figures if len(out["queries"]) == 1 else f"search “{q['query']}”: {figures}")
    if args.largest_page:
        print(f"largest HTML page: {size / 1024:.1f} KB ({path})")


if __name__ == "__main__":
    main()

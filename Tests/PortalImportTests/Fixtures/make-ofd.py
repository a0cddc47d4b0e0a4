#!/usr/bin/env python3
"""Makes ofd/: the reference report (../xiasha-2021.pdf) and the filled-in template
(variants/template-filled.pdf) written as OFD files (开放版式文档, GB/T 33190) in the shapes real
producers write, and broken OFD files the import must refuse.

Each character's place, size and run is taken from the PDF with PyMuPDF; the table borders are
written as PathObjects. The shapes:

  xiasha-2021-runs.ofd        a TextObject a run, DeltaX lists with the `g` shorthand (g 3 4.2), in mm
  xiasha-2021-characters.ofd  a TextObject a character, no DeltaX, spaces left out (print drivers)
  xiasha-2021-ctm.ofd         runs in points scaled to mm by the object's CTM (0.3528 0 0 0.3528 0 0)
  xiasha-2021-templates.ofd   runs, with a header on a template page behind every page and a footer
                              on one drawn over it (TemplatePage, ZOrder)
  xiasha-2021-sealed.ofd      runs, with a seal stamped on the last page (an annotation, a signature)
                              and flattened into it (its picture, its name round the ring as turned text)
  xiasha-2021-two-documents.ofd  runs, and a second document bound in the same file
  template-filled-runs.ofd    the filled-in template (variants/figures.json), runs
  scanned.ofd                 a page as a picture and no text: easyofd's jpg2ofd (a real producer)
  zip-bomb.ofd, entity-bomb.ofd, damaged.ofd, page-missing.ofd   refused

PyMuPDF and easyofd are not the project's dependencies: run in a virtual environment,

    python3 -m venv /tmp/ofd-venv && /tmp/ofd-venv/bin/pip install pymupdf easyofd
    /tmp/ofd-venv/bin/python Tests/PortalImportTests/Fixtures/make-ofd.py

The files are the same on every run (zip entries dated 2022-01-20), scanned.ofd aside (easyofd
writes the time and a random id into it).
"""
import io
import os
import sys
import tempfile
import zipfile

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ofd")
NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
MM = 25.4 / 72
DATE = (2022, 1, 20, 0, 0, 0)


def num(value):
    text = "%.3f" % value
    text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def nums(*values):
    return " ".join(num(v) for v in values)


def deltas(steps):
    """DeltaX with runs of equal steps written `g count step`, as most producers do."""
    rounded = [num(s) for s in steps]
    out, i = [], 0
    while i < len(rounded):
        j = i
        while j + 1 < len(rounded) and rounded[j + 1] == rounded[i]:
            j += 1
        out.append("g %d %s" % (j - i + 1, rounded[i]) if j > i else rounded[i])
        i = j + 1
    return " ".join(out)


def runs(page):
    """The page's runs of text: (size, [(char, x, baseline, bbox)]) in points, upright lines only."""
    found = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            if tuple(round(d) for d in line["dir"]) != (1, 0):
                continue
            for span in line["spans"]:
                chars = [(c["c"], c["origin"][0], c["origin"][1], c["bbox"]) for c in span["chars"]]
                while chars and chars[0][0].isspace():
                    chars.pop(0)
                while chars and chars[-1][0].isspace():
                    chars.pop()
                if chars:
                    found.append((span["size"], chars))
    return found


def borders(page):
    """The page's drawn lines and rectangles (a table's borders) as OFD path data, in mm."""
    data = []
    for drawing in page.get_drawings():
        for item in drawing["items"]:
            if item[0] == "l":
                data.append("M %s L %s" % (nums(item[1].x * MM, item[1].y * MM), nums(item[2].x * MM, item[2].y * MM)))
            elif item[0] == "re":
                r = item[1]
                data.append("M %s L %s L %s L %s C" % (nums(r.x0 * MM, r.y0 * MM), nums(r.x1 * MM, r.y0 * MM),
                                                        nums(r.x1 * MM, r.y1 * MM), nums(r.x0 * MM, r.y1 * MM)))
    return data


class Ids:
    def __init__(self):
        self.next = 100

    def __call__(self):
        self.next += 1
        return self.next


def run_object(ids, size, chars, unit=MM, ctm=None):
    """One TextObject for a run: Boundary round the run (mm), the first character's place
    and the steps to the others in the object's space (mm, or points under a CTM)."""
    x0 = min(c[3][0] for c in chars)
    y0 = min(c[3][1] for c in chars)
    x1 = max(c[3][2] for c in chars)
    y1 = max(c[3][3] for c in chars)
    text = "".join(c[0] for c in chars).replace("&", "&amp;").replace("<", "&lt;")
    steps = [(b[1] - a[1]) * unit for a, b in zip(chars, chars[1:])]
    delta = ' DeltaX="%s"' % deltas(steps) if steps else ""
    transform = ' CTM="%s"' % ctm if ctm else ""
    return ('<ofd:TextObject ID="%d" Boundary="%s" Font="3" Size="%s"%s><ofd:FillColor Value="0 0 0"/>'
            '<ofd:TextCode X="%s" Y="%s"%s>%s</ofd:TextCode></ofd:TextObject>'
            % (ids(), nums(x0 * MM, y0 * MM, (x1 - x0) * MM, (y1 - y0) * MM), num(size * unit), transform,
               num((chars[0][1] - x0) * unit), num((chars[0][2] - y0) * unit), delta, text))


def character_objects(ids, size, chars):
    """A TextObject a character, its box the character's, no DeltaX; spaces not written."""
    out = []
    for c, x, y, box in chars:
        if c.isspace():
            continue
        text = c.replace("&", "&amp;").replace("<", "&lt;")
        out.append('<ofd:TextObject ID="%d" Boundary="%s" Font="3" Size="%s"><ofd:TextCode X="%s" Y="%s">%s</ofd:TextCode></ofd:TextObject>'
                   % (ids(), nums(box[0] * MM, box[1] * MM, (box[2] - box[0]) * MM, (box[3] - box[1]) * MM), num(size * MM),
                      num((x - box[0]) * MM), num((y - box[1]) * MM), text))
    return out


def page_xml(ids, page, shape, templates=(), extra=""):
    objects = []
    for size, chars in runs(page):
        if shape == "characters":
            objects += character_objects(ids, size, chars)
        elif shape == "ctm":
            objects.append(run_object(ids, size, chars, unit=1, ctm="0.3528 0 0 0.3528 0 0"))
        else:
            objects.append(run_object(ids, size, chars))
    paths = borders(page)
    if paths:
        width, height = page.rect.width * MM, page.rect.height * MM
        objects.append('<ofd:PathObject ID="%d" Boundary="%s" LineWidth="0.176" Stroke="true" Fill="false"><ofd:AbbreviatedData>%s</ofd:AbbreviatedData></ofd:PathObject>'
                       % (ids(), nums(0, 0, width, height), " ".join(paths)))
    refs = "".join('<ofd:Template TemplateID="%s" ZOrder="%s"/>' % t for t in templates)
    return ('<?xml version="1.0" encoding="UTF-8"?><ofd:Page %s>%s<ofd:Content><ofd:Layer ID="%d" Type="Body">%s%s</ofd:Layer></ofd:Content></ofd:Page>'
            % (NS, refs, ids(), "".join(objects), extra))


def ofd_xml(documents):
    bodies = "".join('<ofd:DocBody><ofd:DocInfo><ofd:DocID>%032x</ofd:DocID><ofd:Creator>make-ofd.py</ofd:Creator></ofd:DocInfo>'
                     '<ofd:DocRoot>%s/Document.xml</ofd:DocRoot>%s</ofd:DocBody>' % (i + 1, d, signatures)
                     for i, (d, signatures) in enumerate(documents))
    return '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD %s Version="1.0" DocType="OFD">%s</ofd:OFD>' % (NS, bodies)


def document_xml(ids, pages, width, height, templates=(), annotations=False):
    tpl = "".join('<ofd:TemplatePage ID="%s" BaseLoc="Tpls/Tpl_%d/Content.xml" ZOrder="%s"/>' % (t[0], i, t[1]) for i, t in enumerate(templates))
    listed = "".join('<ofd:Page ID="%d" BaseLoc="Pages/Page_%d/Content.xml"/>' % (ids(), i) for i in range(pages))
    annots = "<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>" if annotations else ""
    return ('<?xml version="1.0" encoding="UTF-8"?><ofd:Document %s><ofd:CommonData><ofd:MaxUnitID>%d</ofd:MaxUnitID>'
            '<ofd:PageArea><ofd:PhysicalBox>%s</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>%s</ofd:CommonData>'
            '<ofd:Pages>%s</ofd:Pages>%s</ofd:Document>' % (NS, ids.next + 1000, nums(0, 0, width, height), tpl, listed, annots))


PUBLIC_RES = ('<?xml version="1.0" encoding="UTF-8"?><ofd:Res %s BaseLoc="Res"><ofd:Fonts>'
              '<ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>' % NS)


def write(name, parts, stored=()):
    with zipfile.ZipFile(os.path.join(OUT, name), "w") as archive:
        for path, data in parts:
            info = zipfile.ZipInfo(path, DATE)
            info.compress_type = zipfile.ZIP_STORED if path in stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def template_xml(ids, text, y, size=3.7):
    """A template page printing one centred line (a header or a footer) at `y` mm."""
    steps = " ".join(["g %d %s" % (len(text) - 1, num(size))]) if len(text) > 1 else ""
    return ('<?xml version="1.0" encoding="UTF-8"?><ofd:Page %s><ofd:Content><ofd:Layer ID="%d">'
            '<ofd:TextObject ID="%d" Boundary="%s" Font="3" Size="%s"><ofd:TextCode X="0" Y="%s" DeltaX="%s">%s</ofd:TextCode></ofd:TextObject>'
            '</ofd:Layer></ofd:Content></ofd:Page>'
            % (NS, ids(), ids(), nums(105 - len(text) * size / 2, y - size, len(text) * size, size * 1.4), num(size), num(size), steps, text))


def seal_parts(ids, last_page_id):
    """A seal stamped on the last page: an annotation (its picture) and a signature naming it;
    neither is the page's text."""
    annots = ('<?xml version="1.0" encoding="UTF-8"?><ofd:Annotations %s><ofd:Page PageID="%d"><ofd:FileLoc>Page_last/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>'
              % (NS, last_page_id))
    annot = ('<?xml version="1.0" encoding="UTF-8"?><ofd:PageAnnot %s><ofd:Annot ID="%d" Type="Stamp" Creator="签章"><ofd:Appearance Boundary="120 200 40 40">'
             '<ofd:ImageObject ID="%d" ResourceID="90" Boundary="0 0 40 40" CTM="40 0 0 40 0 0"/>'
             '<ofd:TextObject ID="%d" Boundary="0 0 40 40" Font="3" Size="4"><ofd:TextCode X="8" Y="24">电子印章</ofd:TextCode></ofd:TextObject>'
             '</ofd:Appearance></ofd:Annot></ofd:PageAnnot>' % (NS, ids(), ids(), ids()))
    signatures = ('<?xml version="1.0" encoding="UTF-8"?><ofd:Signatures %s><ofd:Signature ID="1" BaseLoc="Sign_0/Signature.xml"/></ofd:Signatures>' % NS)
    signature = ('<?xml version="1.0" encoding="UTF-8"?><ofd:Signature %s><ofd:SignedInfo><ofd:Provider ProviderName="make-ofd.py"/>'
                 '<ofd:SignatureMethod>1.2.156.10197.1.501</ofd:SignatureMethod><ofd:StampAnnot ID="1" PageRef="%d" Boundary="120 200 40 40"/>'
                 '</ofd:SignedInfo><ofd:SignedValue>SignedValue.dat</ofd:SignedValue></ofd:Signature>' % (NS, last_page_id))
    return [("Doc_0/Annots/Annotations.xml", annots), ("Doc_0/Annots/Page_last/Annotation.xml", annot),
            ("Doc_0/Signs/Signatures.xml", signatures), ("Doc_0/Signs/Sign_0/Signature.xml", signature),
            ("Doc_0/Signs/Sign_0/SignedValue.dat", bytes(range(256)))]


def flattened_seal(ids):
    """The seal drawn into the page too, as converters flatten it: its picture and its
    name round the ring, each character turned (a CTM that rotates)."""
    import math
    name = "钱塘区人民政府下沙街道办事处"  # none at the top: every character turned
    out = ['<ofd:ImageObject ID="%d" ResourceID="90" Boundary="120 200 40 40" CTM="40 0 0 40 0 0"/>' % ids()]
    for i, c in enumerate(name):
        angle = math.radians(-150 + 300 * i / (len(name) - 1))
        x, y = 140 + 15 * math.sin(angle), 220 - 15 * math.cos(angle)
        out.append('<ofd:TextObject ID="%d" Boundary="%s" Font="3" Size="4" CTM="%s"><ofd:TextCode X="0" Y="0">%s</ofd:TextCode></ofd:TextObject>'
                   % (ids(), nums(x, y, 5, 5), nums(math.cos(angle), math.sin(angle), -math.sin(angle), math.cos(angle), 0, 0), c))
    return "".join(out)


def from_pdf(pdf, name, shape="runs", templates=False, sealed=False, second=False):
    doc = pymupdf.open(pdf)
    ids = Ids()
    width, height = doc[0].rect.width * MM, doc[0].rect.height * MM
    tpls = [("1", "Background"), ("2", "Foreground")] if templates else []
    page_ids_start = ids.next
    pages = []
    for index, page in enumerate(doc):
        extra = flattened_seal(ids) if sealed and index == len(doc) - 1 else ""
        pages.append(page_xml(ids, page, shape, templates=tpls, extra=extra))
    parts = [("OFD.xml", None), ("Doc_0/PublicRes.xml", PUBLIC_RES)]
    parts += [("Doc_0/Pages/Page_%d/Content.xml" % i, xml) for i, xml in enumerate(pages)]
    if templates:
        parts.append(("Doc_0/Tpls/Tpl_0/Content.xml", template_xml(ids, "下沙街道政府信息公开", 15)))
        parts.append(("Doc_0/Tpls/Tpl_1/Content.xml", template_xml(ids, "钱塘区人民政府下沙街道办事处印发", 285, size=3.2)))
    document_ids = Ids()
    document_ids.next = page_ids_start
    parts.insert(1, ("Doc_0/Document.xml", document_xml(document_ids, len(pages), width, height, templates=tpls, annotations=sealed)))
    if sealed:
        parts += seal_parts(ids, page_ids_start + len(pages))
    documents = [("Doc_0", "<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>" if sealed else "")]
    if second:
        # An attachment bound in the same file: a one-page document of its own.
        other = Ids()
        parts.append(("Doc_1/Document.xml", document_xml(other, 1, width, height)))
        parts.append(("Doc_1/Pages/Page_0/Content.xml",
                      '<?xml version="1.0" encoding="UTF-8"?><ofd:Page %s><ofd:Content><ofd:Layer ID="1">%s</ofd:Layer></ofd:Content></ofd:Page>'
                      % (NS, run_object(other, 16, [(c, 72 + 16 * i, 100, (72 + 16 * i, 86, 88 + 16 * i, 104)) for i, c in enumerate("附件：政府信息公开申请表")]))))
        documents.append(("Doc_1", ""))
    parts[0] = ("OFD.xml", ofd_xml(documents))
    write(name, parts)


def minimal(page_content, pages=1, extra_parts=()):
    """A one-document OFD around hand-written page content."""
    ids = Ids()
    parts = [("OFD.xml", ofd_xml([("Doc_0", "")])), ("Doc_0/Document.xml", document_xml(ids, pages, 210, 297))]
    parts += [("Doc_0/Pages/Page_0/Content.xml", page_content)] + list(extra_parts)
    return parts


def hostile():
    page = '<?xml version="1.0" encoding="UTF-8"?><ofd:Page %s><ofd:Content><ofd:Layer ID="1">%%s</ofd:Layer></ofd:Content></ofd:Page>' % NS
    # Unpacks to 20 MB (past 16 MB a part) from a few KB.
    write("zip-bomb.ofd", minimal(page % (" " * (20 << 20))))
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
            '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
            '<ofd:Page %s><ofd:Content><ofd:Layer ID="1"><ofd:TextObject ID="2" Boundary="0 0 100 10" Size="4">'
            '<ofd:TextCode X="0" Y="4">&lol3;</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>' % NS)
    write("entity-bomb.ofd", minimal(bomb))
    text = ('<ofd:TextObject ID="2" Boundary="20 20 170 10" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="g 30 4">'
            '杭州市钱塘区人民政府下沙街道办事处年度报告政府信息公开</ofd:TextCode></ofd:TextObject>')
    # A page part stored as it is, one byte changed after its checksum was taken.
    path = os.path.join(OUT, "damaged.ofd")
    write("damaged.ofd", minimal(page % text), stored=("Doc_0/Pages/Page_0/Content.xml",))
    data = bytearray(open(path, "rb").read())
    at = data.find("年度报告".encode("utf-8"))
    data[at] ^= 0x01
    open(path, "wb").write(bytes(data))
    # Document.xml lists two pages; the archive holds one.
    write("page-missing.ofd", minimal(page % text, pages=2))


def scanned(pdf):
    """The report's first page as a picture, written by easyofd (its jpg2ofd): a scanned OFD."""
    from easyofd.ofd import OFD
    from PIL import Image
    pix = pymupdf.open(pdf)[0].get_pixmap(dpi=36)
    image = Image.frombytes("RGB", [pix.width, pix.height], pix.samples)
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)  # easyofd writes its parts to ./test
        try:
            data = OFD().jpg2ofd([image])
        finally:
            os.chdir(here)
    open(os.path.join(OUT, "scanned.ofd"), "wb").write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    reference = os.path.join(HERE, "xiasha-2021.pdf")
    from_pdf(reference, "xiasha-2021-runs.ofd")
    from_pdf(reference, "xiasha-2021-characters.ofd", shape="characters")
    from_pdf(reference, "xiasha-2021-ctm.ofd", shape="ctm")
    from_pdf(reference, "xiasha-2021-templates.ofd", templates=True)
    from_pdf(reference, "xiasha-2021-sealed.ofd", sealed=True)
    from_pdf(reference, "xiasha-2021-two-documents.ofd", second=True)
    from_pdf(os.path.join(HERE, "variants", "template-filled.pdf"), "template-filled-runs.ofd")
    hostile()
    if "--no-scanned" not in sys.argv:
        scanned(reference)


if __name__ == "__main__":
    main()

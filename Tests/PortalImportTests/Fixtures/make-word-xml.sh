#!/usr/bin/env bash
# Word documents saved as one XML file, as systems that fill Word templates by
# text (FreeMarker and the like) publish them, often named .doc: Word 2003 XML
# (`w:wordDocument`, LibreOffice's “MS Word 2003 XML” export of xiasha-2021.docx)
# and Flat OPC (`pkg:package`, Word's “Word XML 文档”: the .docx's parts, each a
# `pkg:part` — XML inline, other parts in base64, as Word writes them; no
# [Content_Types].xml, the types are on the parts). Run from this folder.
set -euo pipefail
out=word-xml
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
soffice -env:UserInstallation=file://$scratch/profile --headless --convert-to 'xml:MS Word 2003 XML' --outdir "$scratch" xiasha-2021.docx >/dev/null 2>&1
mv "$scratch/xiasha-2021.xml" $out/xiasha-2021-word2003.doc
python3 - <<'PY'
import base64, zipfile
z = zipfile.ZipFile("xiasha-2021.docx")
types = {"word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"}
out = ['<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">']
for name in sorted(z.namelist()):
    if name == "[Content_Types].xml":
        continue
    data = z.read(name)
    if name.endswith((".xml", ".rels")):
        kind = "application/vnd.openxmlformats-package.relationships+xml" if name.endswith(".rels") else types.get(name, "application/xml")
        body = data.decode("utf-8")
        if body.startswith("<?xml"):
            body = body[body.index("?>") + 2:]
        out.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="{kind}"><pkg:xmlData>{body}</pkg:xmlData></pkg:part>')
    else:
        out.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="application/octet-stream" pkg:compression="store"><pkg:binaryData>{base64.b64encode(data).decode()}</pkg:binaryData></pkg:part>')
out.append("</pkg:package>")
flat = "".join(out)
open("word-xml/xiasha-2021-flat.doc", "w").write(flat)
# Damaged: cut in the middle; and a package without the document's part.
open("word-xml/cut.doc", "w").write(flat[: len(flat) // 2])
start = flat.index('<pkg:part pkg:name="/word/document.xml"'); end = flat.index("</pkg:part>", start) + len("</pkg:part>")
open("word-xml/no-document.doc", "w").write(flat[:start] + flat[end:])
PY

#!/usr/bin/env python3
"""Zip packages that are not reports, for the import's refusals: an Excel
workbook, a PowerPoint presentation, and their OpenDocument counterparts
(LibreOffice's, WPS's or 永中's .ods and .odp). Each holds the parts its kind
must hold; an OpenDocument package starts with its `mimetype` entry, stored.
Run from this folder: python3 make-office-packages.py"""
import zipfile

TABLE = "<table><row><cell>本年新收政府信息公开申请数量</cell><cell>12</cell></row></table>"

def package(path, entries, mimetype=None):
    with zipfile.ZipFile(path, "w") as archive:
        if mimetype:
            info = zipfile.ZipInfo("mimetype", date_time=(2024, 1, 1, 0, 0, 0))
            archive.writestr(info, mimetype, compress_type=zipfile.ZIP_STORED)
        for name, text in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            archive.writestr(info, text, compress_type=zipfile.ZIP_DEFLATED)

package("variants/spreadsheet.xlsx", [("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"),
                                      ("xl/worksheets/sheet1.xml", TABLE)])
package("variants/presentation.pptx", [("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<presentation/>")])
package("variants/spreadsheet.ods", [("content.xml", TABLE), ("META-INF/manifest.xml", "<manifest/>")],
        mimetype="application/vnd.oasis.opendocument.spreadsheet")
package("variants/presentation.odp", [("content.xml", "<presentation/>"), ("META-INF/manifest.xml", "<manifest/>")],
        mimetype="application/vnd.oasis.opendocument.presentation")

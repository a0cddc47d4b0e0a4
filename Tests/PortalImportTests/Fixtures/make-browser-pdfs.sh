#!/bin/sh
# Makes the reference report's PDFs as a browser prints them (agencies often print their web page
# to PDF): its Word file saved as HTML by LibreOffice (xiasha-2021-libreoffice.html), and the report
# page `portal build` makes of content/agencies/xiasha/2021, each printed by headless Chromium.
#
#     sh Tests/PortalImportTests/Fixtures/make-browser-pdfs.sh   (from the repository, after swift build)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
print() {
    # With the header and footer a browser prints by default (the date and title, the address and 1/7).
    chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$2" "$1" 2>/dev/null
}
print "file://$here/xiasha-2021-libreoffice.html" "$here/xiasha-2021-libreoffice-chromium.pdf"
"$root/.build/debug/portal" build --site "$root" --output "$site/public" --quiet
print "file://$site/public/agencies/xiasha/2021/index.html" "$here/xiasha-2021-page-chromium.pdf"

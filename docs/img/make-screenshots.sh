#!/usr/bin/env bash
# Remakes the screenshots README.zh-CN.md shows, from the product itself:
#   report-html.png      report.html of `djcheck check --out DIR examples/reports`, as a browser shows it
#   report-printed.png   the same page printed to PDF by Chromium: one report's page (every finding whole)
#   feedback-letter.png  page 1 of one Word 反馈意见 letter (feedback/*.docx), rendered by LibreOffice
#
# Needs Java 17, Chromium, LibreOffice (soffice) and pdftoppm (Debian: chromium, libreoffice-writer-nogui,
# poppler-utils) and a CJK font (fonts-noto-cjk). Run from anywhere: docs/img/make-screenshots.sh
# Builds cli/target/djcheck.jar first when it is missing (offline Maven, tests skipped).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
img="$root/docs/img"
jar="$root/cli/target/djcheck.jar"
chromium="${CHROMIUM:-chromium}"

for tool in java "$chromium" soffice pdftoppm pdftotext; do
    command -v "$tool" >/dev/null || { echo "make-screenshots: $tool not found (see the comment at the top)" >&2; exit 1; }
done

if [ ! -f "$jar" ]; then
    (cd "$root" && mvn -B -o -q -pl cli -am package -DskipTests)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$work/out"

# The sample reports, as a reviewer gets them: report.html, feedback/ letters, 汇总通报.docx ...
(cd "$root" && java -jar "$jar" check --lang zh --out "$out" examples/reports >/dev/null)

# Chromium as root needs --no-sandbox; its own profile dir keeps runs independent of the user's.
chrome() {
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/chrome" "$@" 2>/dev/null
}

# 1. The page on screen: the window size sets the picture (1400x1000 shows filters, charts, summary table).
chrome --window-size=1400,1000 --screenshot="$img/report-html.png" "file://$out/report.html"

# 2. The printed page: the first page holding a report's findings (after the title page and the contents).
chrome --no-pdf-header-footer --print-to-pdf="$work/report.pdf" "file://$out/report.html"
pages=$(pdfinfo "$work/report.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
page=""
for ((p = 1; p <= ${pages:-0}; p++)); do
    if pdftotext -f "$p" -l "$p" "$work/report.pdf" - | grep -q '整改建议：'; then page=$p; break; fi
done
[ -n "$page" ] || { echo "make-screenshots: no page of the printed report holds a 整改建议" >&2; exit 1; }
pdftoppm -f "$page" -l "$page" -singlefile -png -scale-to-x 800 -scale-to-y -1 "$work/report.pdf" "$img/report-printed"

# 3. One Word letter: the first in file order, converted to PDF by LibreOffice, page 1 at 900 px wide.
letter="$(ls "$out"/feedback/*.docx | head -n 1)"
soffice --headless -env:UserInstallation="file://$work/lo" --convert-to pdf --outdir "$work" "$letter" >/dev/null 2>&1
pdf="$work/$(basename "${letter%.docx}").pdf"
[ -f "$pdf" ] || { echo "make-screenshots: LibreOffice did not convert $letter" >&2; exit 1; }
pdftoppm -f 1 -l 1 -singlefile -png -scale-to-x 900 -scale-to-y -1 "$pdf" "$img/feedback-letter"

# The README embeds them: keep each small.
for f in report-html report-printed feedback-letter; do
    size=$(stat -c %s "$img/$f.png")
    if [ "$size" -gt 307200 ]; then
        echo "make-screenshots: $f.png is $size bytes, over 300 KB: choose a smaller window or scale" >&2
        exit 1
    fi
    echo "$img/$f.png ($size bytes)"
done

#!/usr/bin/env bash
# The README's curl examples against a running server: curl-test.sh BASE_URL TOKEN REPORTS_DIR.
# Prints one line per check and exits non-zero on the first that fails.
set -u
base=$1; token=$2; reports=$3
report=$(ls "$reports"/*.txt | head -1)
fail() { echo "FAIL: $*"; exit 1; }
status() { curl -s -o /tmp/djcheck-curl-body.$$ -w '%{http_code}' "$@"; }

code=$(status --data-binary @"$report" "$base/v1/check")
[ "$code" = 401 ] || fail "no token: expected 401, got $code"
echo "ok 401 without a token"

code=$(status -H "Authorization: Bearer $token" --data-binary @"$report" "$base/v1/check")
[ "$code" = 200 ] || fail "check: expected 200, got $code: $(cat /tmp/djcheck-curl-body.$$)"
grep -q '"ruleset"' /tmp/djcheck-curl-body.$$ || fail "check: no ruleset in the answer"
echo "ok 200 check of $(basename "$report")"

lines=$(curl -s -H "Authorization: Bearer $token" -F "file=@$report" -F "file=@$(ls "$reports"/*.txt | sed -n 2p)" \
  "$base/v1/check" | wc -l)
[ "$lines" = 2 ] || fail "two files: expected 2 JSON lines, got $lines"
echo "ok 2 JSON lines for 2 multipart files"

code=$(status -H "Authorization: Bearer $token" "$base/v1/rules?profile=zhejiang-2024")
[ "$code" = 200 ] || fail "rules: expected 200, got $code"
echo "ok 200 rules"

code=$(status -H "Authorization: Bearer $token" -X POST "$base/v1/admin/reload")
[ "$code" = 200 ] || fail "reload: expected 200, got $code"
echo "ok 200 reload"
rm -f /tmp/djcheck-curl-body.$$

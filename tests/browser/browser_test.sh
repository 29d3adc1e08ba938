#!/usr/bin/env bash
# The HTML report as a person sees it: headless Chromium loads the hostile fixture report (and the
# seeds report when the CLI can make one), dumps the rendered DOM for check_dom.py and takes
# screenshots. Without chromium it fails, or skips when CLAIMDIFF_ALLOW_NO_BROWSER=1.
# usage: browser_test.sh FIXTURE_WRITER OUT_DIR [CLAIMDIFF_CLI SEEDS_DIR]
set -u
fixture_writer=$1
out=$2
cli=${3:-}
seeds=${4:-}
here=$(cd "$(dirname "$0")" && pwd)

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
  if [ "${CLAIMDIFF_ALLOW_NO_BROWSER:-0}" = 1 ]; then
    echo "SKIP: no chromium found (CLAIMDIFF_ALLOW_NO_BROWSER=1)"
    exit 0
  fi
  echo "FAIL: no chromium found; install Debian's chromium or set CLAIMDIFF_ALLOW_NO_BROWSER=1 to skip"
  exit 1
fi

mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# Flags that keep the browser from reaching the network or a user profile.
run_browser() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars "$@" 2>>"$out/chromium.log"
}

# The PNG a screenshot wrote: present, a PNG, not a blank few bytes.
check_png() {
  if [ ! -s "$1" ] || [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ] ||
     [ "$(stat -c %s "$1")" -lt 10000 ]; then
    echo "FAIL: no usable screenshot at $1"
    return 1
  fi
}

status=0
"$fixture_writer" "$out/hostile.html" || { echo "FAIL: the fixture writer failed"; exit 1; }
run_browser --dump-dom "file://$out/hostile.html" >"$out/hostile.dom.html"
python3 "$here/check_dom.py" "$out/hostile.dom.html" --hostile --min-cards 4 || status=1
# The filter box at work: a #q= link leaves only the claim with "workers" in it.
run_browser --dump-dom "file://$out/hostile.html#q=workers" >"$out/filtered.dom.html"
python3 "$here/check_dom.py" "$out/filtered.dom.html" --min-cards 4 --visible 1 || status=1
run_browser --window-size=1280,1600 --screenshot="$out/hostile.png" "file://$out/hostile.html" >/dev/null
check_png "$out/hostile.png" || status=1

if [ -n "$cli" ] && [ -x "$cli" ] && [ -d "$seeds" ]; then
  if "$cli" analyze "$seeds" -f html -o "$out/seeds.html" 2>"$out/analyze.log"; then
    run_browser --dump-dom "file://$out/seeds.html" >"$out/seeds.dom.html"
    python3 "$here/check_dom.py" "$out/seeds.dom.html" --min-cards 2 || status=1
    run_browser --window-size=1440,1800 --screenshot="$out/seeds.png" "file://$out/seeds.html" >/dev/null
    check_png "$out/seeds.png" || status=1
  else
    echo "FAIL: claimdiff analyze failed on the seeds:"; cat "$out/analyze.log"; status=1
  fi
fi
[ $status = 0 ] && echo "ok: browser checks passed ($browser; screenshots in $out)"
exit $status

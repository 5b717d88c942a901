#!/usr/bin/env bash
# Step "Lint notes" of action.yml: `tracenotes lint --format sarif` into TRACENOTES_SARIF_FILE (unless
# empty), then `tracenotes lint --format github`, whose annotations GitHub shows on the change and whose
# exit code, under TRACENOTES_FAIL_ON (error|warning|never), is the step's. TRACENOTES_PATHS: files or
# folders separated by blanks or new lines. Outputs (GITHUB_OUTPUT): sarif-file, exit-code.
set -uo pipefail

fail_on=${TRACENOTES_FAIL_ON:-error}
case $fail_on in
    error|warning|never) ;;
    *) echo "::error title=tracenotes::fail-on is error, warning or never, not '$fail_on'"; exit 2 ;;
esac
set -f   # paths are taken literally: lint walks folders itself
# shellcheck disable=SC2206
paths=(${TRACENOTES_PATHS:-.})
set +f
[ ${#paths[@]} -gt 0 ] || paths=(.)

sarif=${TRACENOTES_SARIF_FILE:-}
if [ -n "$sarif" ]; then
    mkdir -p -- "$(dirname -- "$sarif")"
    tracenotes lint --format sarif -o "$sarif" -- "${paths[@]}"
    code=$?
    if [ "$code" -ge 2 ]; then
        echo "exit-code=$code" >> "${GITHUB_OUTPUT:?}"
        exit "$code"
    fi
    echo "sarif-file=$sarif" >> "${GITHUB_OUTPUT:?}"
fi

max=()
[ "$fail_on" = warning ] && max=(--max-warnings 0)
err=$(mktemp)
tracenotes lint --format github "${max[@]}" -- "${paths[@]}" 2> "$err"
code=$?
cat "$err" >&2
echo "exit-code=$code" >> "${GITHUB_OUTPUT:?}"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    { echo "**tracenotes lint** (fail-on: $fail_on): $(tail -n 1 "$err")"; echo; } >> "$GITHUB_STEP_SUMMARY"
fi
rm -f "$err"
if [ "$code" -eq 1 ] && [ "$fail_on" = never ]; then
    exit 0
fi
exit "$code"

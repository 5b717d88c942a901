#!/usr/bin/env bash
# Regenerates docs/neovim-lsp.png (and docs/neovim-lsp.txt, the same screen as text): Neovim in a
# 132x44 tmux terminal with the seed note open, `tracenotes lsp` attached as the README's set-up attaches
# it, the diagnostics as signs and virtual text, and the hover of the misspelt flio_try_get (line 34).
# The screen is captured with its colours (tmux capture-pane -e) and drawn into a PNG by ImageMagick,
# cell by cell (ansi-to-mvg.js), in DejaVu Sans Mono and WenQuanYi Micro Hei for the Chinese comments.
#
# Usage, from anywhere, after `mvn -B package` (it runs cli/target/tracenotes.jar through ./tracenotes):
#   bash docs/screenshots/neovim.sh [OUT_DIR]      # OUT_DIR defaults to docs/
# Needs nvim (0.7 or newer), tmux, node, ImageMagick's convert, fc-match, java; .ci/run installs them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/docs}
mkdir -p "$out"
out=$(cd "$out" && pwd)

for tool in nvim tmux node convert fc-match java; do
    command -v "$tool" >/dev/null 2>&1 || { echo "neovim.sh: $tool is not installed" >&2; exit 2; }
done
[ -f "$root/cli/target/tracenotes.jar" ] || { echo "neovim.sh: build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }
mono=$(fc-match -f '%{file}' 'DejaVu Sans Mono')
wide=$(fc-match -f '%{file}' 'WenQuanYi Micro Hei')

work=$(mktemp -d)
socket="tracenotes-shot-$$"
cleanup() {
    tmux -L "$socket" kill-server >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/notes" "$work/home"
cp "$root/samples/soft-offline.md" "$work/notes/soft-offline.md"
printf 'set -g default-terminal "screen-256color"\nset -g status off\n' > "$work/tmux.conf"

# Neovim's config, state and log in the temp folder, not the user's
tmux -L "$socket" -f "$work/tmux.conf" new-session -d -s shot -x 132 -y 44 -c "$work/notes" \
    env TRACENOTES="$root/tracenotes" TRACENOTES_SHOT_READY="$work/ready" \
        XDG_CONFIG_HOME="$work/home" XDG_DATA_HOME="$work/home" XDG_STATE_HOME="$work/home" XDG_CACHE_HOME="$work/home" \
        nvim -u "$here/neovim-init.lua" -i NONE -n soft-offline.md

for _ in $(seq 1 600); do
    [ -f "$work/ready" ] && break
    sleep 0.2
done
if [ ! -f "$work/ready" ]; then
    echo "neovim.sh: Neovim showed no diagnostics and hover within 120 s; the screen was:" >&2
    tmux -L "$socket" capture-pane -p -t shot >&2 || true
    exit 1
fi
sleep 1   # the last redraw
tmux -L "$socket" capture-pane -p -e -t shot > "$work/screen.ansi"
tmux -L "$socket" capture-pane -p -t shot | sed 's/[[:space:]]*$//' > "$out/neovim-lsp.txt"
node "$here/ansi-to-mvg.js" "$work/screen.ansi" "$mono" "$wide" > "$work/screen.mvg"
convert "mvg:$work/screen.mvg" -strip "png:$out/neovim-lsp.png"
echo "neovim.sh: $(cat "$work/ready" | tr -d '\n'); wrote $out/neovim-lsp.png and $out/neovim-lsp.txt ($(nvim --version | head -1))"

'use strict';
// Turns a terminal screen captured with `tmux capture-pane -p -e` (text with SGR colour escapes) into an
// ImageMagick MVG drawing: each cell at its column, so that wide (CJK) characters keep the columns right
// whatever the fonts' widths. Used by neovim.sh: node ansi-to-mvg.js SCREEN MONO_FONT WIDE_FONT > screen.mvg
const fs = require('node:fs');

const [screenFile, monoFont, wideFont] = process.argv.slice(2);
if (!screenFile || !monoFont || !wideFont) {
  process.stderr.write('usage: node ansi-to-mvg.js SCREEN MONO_FONT WIDE_FONT\n');
  process.exit(2);
}
const CELL_W = 9;
const CELL_H = 19;
const FONT_SIZE = 15;
const PAD = 10;
const DEFAULT_FG = '#d4d4d4';
const DEFAULT_BG = '#1e1e1e';
// xterm's 16 colours, then the 6x6x6 cube and the grey ramp
const BASE = ['#000000', '#cd3131', '#0dbc79', '#e5e510', '#2472c8', '#bc3fbc', '#11a8cd', '#e5e5e5',
  '#666666', '#f14c4c', '#23d18b', '#f5f543', '#3b8eea', '#d670d6', '#29b8db', '#ffffff'];
function palette(n) {
  if (n < 16) return BASE[n];
  if (n < 232) {
    const i = n - 16;
    const level = (v) => (v === 0 ? 0 : 55 + v * 40);
    return rgb(level(Math.floor(i / 36)), level(Math.floor(i / 6) % 6), level(i % 6));
  }
  const g = 8 + (n - 232) * 10;
  return rgb(g, g, g);
}
function rgb(r, g, b) {
  return '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');
}

/** East Asian wide and fullwidth characters: two cells. */
function wide(cp) {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff)
    || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf)
    || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
    || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f)
    || (cp >= 0x20000 && cp <= 0x3fffd);
}

// ---------------------------------------------------------------- the grid
const rows = [];
let style = { fg: null, bg: null, bold: false, underline: false, reverse: false };
for (const line of fs.readFileSync(screenFile, 'utf8').replace(/\n$/, '').split('\n')) {
  const cells = [];
  const re = /\x1b\[([0-9;:]*)m|\x1b[()][0-9A-Za-z]|\x1b./gu;
  let last = 0;
  const put = (text) => {
    for (const ch of text) {
      const cp = ch.codePointAt(0);
      if (cp < 0x20) continue;
      cells.push({ ch, ...style, wide: wide(cp) });
      if (wide(cp)) cells.push(null);   // the second cell of a wide character
    }
  };
  for (let m; (m = re.exec(line)) !== null;) {
    put(line.slice(last, m.index));
    last = re.lastIndex;
    if (m[1] === undefined) continue;
    const p = m[1] === '' ? [0] : m[1].split(/[;:]/).map(Number);
    for (let i = 0; i < p.length; i++) {
      const c = p[i];
      if (c === 0) style = { fg: null, bg: null, bold: false, underline: false, reverse: false };
      else if (c === 1) style.bold = true;
      else if (c === 4) style.underline = true;
      else if (c === 7) style.reverse = true;
      else if (c === 22) style.bold = false;
      else if (c === 24) style.underline = false;
      else if (c === 27) style.reverse = false;
      else if (c >= 30 && c <= 37) style.fg = BASE[c - 30];
      else if (c >= 90 && c <= 97) style.fg = BASE[c - 90 + 8];
      else if (c >= 40 && c <= 47) style.bg = BASE[c - 40];
      else if (c >= 100 && c <= 107) style.bg = BASE[c - 100 + 8];
      else if (c === 39) style.fg = null;
      else if (c === 49) style.bg = null;
      else if ((c === 38 || c === 48) && p[i + 1] === 5) {
        style[c === 38 ? 'fg' : 'bg'] = palette(p[i + 2]);
        i += 2;
      } else if ((c === 38 || c === 48) && p[i + 1] === 2) {
        style[c === 38 ? 'fg' : 'bg'] = rgb(p[i + 2], p[i + 3], p[i + 4]);
        i += 4;
      }
    }
  }
  put(line.slice(last));
  rows.push(cells);
}
const cols = Math.max(...rows.map((r) => r.length));
const width = PAD * 2 + cols * CELL_W;
const height = PAD * 2 + rows.length * CELL_H;

// ---------------------------------------------------------------- the drawing
const quote = (s) => "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
const out = [`viewbox 0 0 ${width} ${height}`, `fill '${DEFAULT_BG}'`, `rectangle 0,0 ${width},${height}`,
  'text-antialias 1', `font-size ${FONT_SIZE}`, 'stroke none'];
const colours = (c) => {
  const fg = c.fg || DEFAULT_FG;
  const bg = c.bg || null;
  return c.reverse ? { fg: bg || DEFAULT_BG, bg: fg } : { fg, bg };
};
rows.forEach((cells, r) => {
  const y = PAD + r * CELL_H;
  // backgrounds
  cells.forEach((c, x) => {
    if (c && colours(c).bg) {
      out.push(`fill '${colours(c).bg}'`, `rectangle ${PAD + x * CELL_W},${y} ${PAD + (x + (c.wide ? 2 : 1)) * CELL_W},${y + CELL_H}`);
    }
  });
  // text: runs of narrow cells of one colour, each wide character on its own
  let x = 0;
  while (x < cells.length) {
    const c = cells[x];
    if (!c || c.ch === ' ') { x++; continue; }
    const { fg } = colours(c);
    const weight = c.bold ? 'bold' : 'normal';
    if (c.wide) {
      out.push(`font ${quote(wideFont)}`, `font-weight normal`, `fill '${fg}'`,
        `text ${PAD + x * CELL_W},${y + 15} ${quote(c.ch)}`);
      x += 2;
      continue;
    }
    let text = '';
    const start = x;
    while (x < cells.length && cells[x] && !cells[x].wide && colours(cells[x]).fg === fg && !!cells[x].bold === c.bold
      && !!cells[x].underline === c.underline) {
      text += cells[x].ch;
      x++;
    }
    // a run is drawn cell by cell-width blocks of 8, so that rounding never drifts a column
    for (let i = 0; i < text.length; i += 8) {
      const part = text.slice(i, i + 8);
      if (part.trim() === '') continue;
      out.push(`font ${quote(monoFont)}`, `font-weight ${weight}`, `fill '${fg}'`,
        `text ${PAD + (start + i) * CELL_W},${y + 15} ${quote(part)}`);
    }
    if (c.underline) {
      out.push(`stroke '${fg}'`, `line ${PAD + start * CELL_W},${y + CELL_H - 2} ${PAD + x * CELL_W},${y + CELL_H - 2}`, 'stroke none');
    }
  }
});
process.stdout.write(out.join('\n') + '\n');

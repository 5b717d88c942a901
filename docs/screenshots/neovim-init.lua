-- The Neovim of docs/neovim-lsp.png, run by neovim.sh: the README's set-up (tracenotes lsp for Markdown
-- notes), with diagnostics shown as signs and virtual text; once the seed's diagnostics are in, the view
-- is put on lines 17-62, the lru-anon scenario run (tracenotes.run, as the code lens runs it) and its
-- values shown as inlay hints, the cursor on the misspelt flio_try_get (line 34) and its hover opened, and the
-- file $TRACENOTES_SHOT_READY is written for neovim.sh to capture the screen.
-- Environment: TRACENOTES (the launcher), TRACENOTES_SHOT_READY (the file to write when ready).
local tracenotes = assert(os.getenv('TRACENOTES'), 'TRACENOTES: the tracenotes launcher')
local ready = assert(os.getenv('TRACENOTES_SHOT_READY'), 'TRACENOTES_SHOT_READY: a file to write')

vim.cmd('syntax on')
vim.cmd('filetype plugin on')
vim.o.number = true
vim.o.signcolumn = 'yes'
vim.o.laststatus = 2
vim.o.swapfile = false
vim.o.shortmess = vim.o.shortmess .. 'I'
vim.diagnostic.config({ virtual_text = { prefix = '■', spacing = 2 }, signs = true, underline = true, severity_sort = true })

vim.filetype = vim.filetype or {}
if vim.filetype.add then
  vim.filetype.add({ extension = { trace = 'tracenotes' } })
end
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'tracenotes' },
  callback = function(args)
    local config = { name = 'tracenotes', cmd = { tracenotes, 'lsp' }, root_dir = vim.fn.getcwd() }
    if vim.lsp.start then
      vim.lsp.start(config) -- Neovim 0.8 and later
    else
      vim.lsp.buf_attach_client(args.buf, vim.lsp.start_client(config)) -- Neovim 0.7
    end
  end,
})

local function floats()
  local n = 0
  for _, w in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(w).relative ~= '' then
      n = n + 1
    end
  end
  return n
end

local waited = 0
local function when_hover_shows()
  if floats() == 0 and waited < 300 then
    waited = waited + 1
    vim.defer_fn(when_hover_shows, 100)
    return
  end
  vim.cmd('redraw!')
  local f = assert(io.open(ready, 'w'))
  f:write(floats() > 0 and 'hover\n' or 'no hover\n')
  f:close()
end

-- Inlay hints: Neovim 0.10 shows them itself (vim.lsp.inlay_hint.enable); on older versions they are
-- asked for and drawn as end-of-line virtual text here, in the Comment colour.
local hints = vim.api.nvim_create_namespace('tracenotes-inlay-hints')
local function show_inlay_hints(buf, done)
  local params = { textDocument = vim.lsp.util.make_text_document_params(buf),
    range = { start = { line = 0, character = 0 }, ['end'] = { line = vim.api.nvim_buf_line_count(buf), character = 0 } } }
  vim.lsp.buf_request(buf, 'textDocument/inlayHint', params, function(err, result)
    vim.api.nvim_buf_clear_namespace(buf, hints, 0, -1)
    for _, h in ipairs(err == nil and result or {}) do
      local label = type(h.label) == 'string' and h.label or table.concat(vim.tbl_map(function(p) return p.value end, h.label))
      vim.api.nvim_buf_set_extmark(buf, hints, h.position.line, 0, { virt_text = { { '« ' .. label, 'Comment' } }, virt_text_pos = 'eol' })
    end
    done()
  end)
end

-- The code lens "Run scenario ▸" runs tracenotes.run; here it is run directly, on lru-anon.
local function run_then_hints(buf, done)
  local uri = vim.uri_from_bufnr(buf)
  vim.lsp.buf_request(buf, 'workspace/executeCommand',
    { command = 'tracenotes.run', arguments = { uri, vim.NIL, 'lru-anon', vim.NIL } },
    function() show_inlay_hints(buf, done) end)
end

local hover_flio -- below: the hover of line 34
local function when_diagnostics_come()
  local buf = vim.api.nvim_get_current_buf()
  if #vim.diagnostic.get(buf) == 0 then
    vim.defer_fn(when_diagnostics_come, 100)
    return
  end
  run_then_hints(buf, function() vim.schedule(function() hover_flio(buf) end) end)
end

hover_flio = function(buf)
  local line = vim.api.nvim_buf_get_lines(buf, 33, 34, false)[1]
  vim.api.nvim_win_set_cursor(0, { 34, (line:find('flio_try_get', 1, true) or 1) + 1 })
  vim.fn.winrestview({ topline = 17 })
  vim.lsp.buf.hover()
  vim.defer_fn(when_hover_shows, 100)
end

vim.api.nvim_create_autocmd('VimEnter', { callback = function() vim.defer_fn(when_diagnostics_come, 100) end })

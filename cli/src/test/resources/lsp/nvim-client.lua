-- Neovim as a client of `tracenotes lsp`, set up as a user's init.lua would set it up (see the README's
-- "Language server" section): opens a note, waits for its diagnostics, asks for a hover and the document
-- symbols, and writes what it got to a JSON file for NeovimIT to check.
-- Environment: TRACENOTES_JAR (the built jar), TRACENOTES_NOTE (the note), TRACENOTES_OUT (the JSON file),
-- TRACENOTES_HOVER ("line,character", 0-based).
local jar = assert(os.getenv('TRACENOTES_JAR'))
local note = assert(os.getenv('TRACENOTES_NOTE'))
local out = assert(os.getenv('TRACENOTES_OUT'))
local hover_line, hover_char = assert(os.getenv('TRACENOTES_HOVER')):match('(%d+),(%d+)')
local result = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) }

local function write()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

-- the one answer of our client to a request, or the error
local function request(bufnr, method, params)
  local answers, err = vim.lsp.buf_request_sync(bufnr, method, params, 30000)
  if not answers then
    return nil, tostring(err)
  end
  for _, answer in pairs(answers) do
    if answer.err then
      return nil, vim.fn.json_encode(answer.err)
    end
    return answer.result, nil
  end
  return nil, 'no answer'
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(note))
  local bufnr = vim.api.nvim_get_current_buf()
  local config = {
    name = 'tracenotes',
    cmd = { 'java', '-jar', jar, 'lsp' },
    root_dir = vim.fn.fnamemodify(note, ':p:h'),
  }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config) -- Neovim 0.8 and later: starts, or reuses, and attaches the buffer
  else
    client_id = vim.lsp.start_client(config) -- Neovim 0.7
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  result.started = client_id ~= nil

  local started = vim.loop.hrtime()
  result.got_diagnostics = vim.wait(60000, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 20)
  result.diagnostics_ms = math.floor((vim.loop.hrtime() - started) / 1e6)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, {
      line = d.lnum + 1, col = d.col + 1, code = d.code, source = d.source, severity = d.severity, message = d.message,
    })
  end

  local uri = vim.uri_from_bufnr(bufnr)
  local hover, hover_err = request(bufnr, 'textDocument/hover', {
    textDocument = { uri = uri }, position = { line = tonumber(hover_line), character = tonumber(hover_char) },
  })
  result.hover = hover and hover.contents or vim.NIL
  result.hover_error = hover_err

  local symbols, symbols_err = request(bufnr, 'textDocument/documentSymbol', { textDocument = { uri = uri } })
  local function names(list, into)
    for _, s in ipairs(list or {}) do
      table.insert(into, s.name)
      names(s.children, into)
    end
    return into
  end
  result.symbols = symbols and names(symbols, {}) or vim.NIL
  result.symbols_error = symbols_err

  vim.lsp.stop_client(client_id)
  result.stopped = vim.wait(15000, function()
    return vim.lsp.get_client_by_id(client_id) == nil
  end, 20)
end)

if not ok then
  result.failure = tostring(failure)
end
write()
vim.cmd(ok and 'qall!' or 'cquit! 3')

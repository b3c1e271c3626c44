-- A headless Neovim (0.7 or later) as an LSP client of the installed server:
-- opens MI_FILE, attaches `MI_SERVER --stdio` to it, and writes what the
-- server answered to MI_OUT as JSON for scripts/e2e/neovim.ts to judge.
local server, file, out = os.getenv('MI_SERVER'), os.getenv('MI_FILE'), os.getenv('MI_OUT')
local results = { errors = {} }

local function write_results()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(results))
  f:close()
end

local function line_of(bufnr, pattern, after)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if i - 1 > (after or -1) and l:find(pattern) then return i - 1 end
  end
  error('no line matches ' .. pattern)
end

local function request(client, bufnr, method, params)
  local response, err = client.request_sync(method, params, 10000, bufnr)
  if not response then error(method .. ': ' .. tostring(err)) end
  if response.err then error(method .. ': ' .. vim.inspect(response.err)) end
  return response.result
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'mentorship-ideas',
    cmd = { server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  local uri = vim.uri_from_bufnr(bufnr)

  vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  results.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(results.diagnostics, { line = d.lnum, code = d.code, source = d.source, message = d.message })
  end

  local project = line_of(bufnr, '^### Jaeger$')
  local description = line_of(bufnr, '^%- Description:', project)
  local hover = request(client, bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = description, character = 4 } })
  results.hover = hover and hover.contents

  results.symbols = request(client, bufnr, 'textDocument/documentSymbol', { textDocument = { uri = uri } })
  results.formatting = request(client, bufnr, 'textDocument/formatting', { textDocument = { uri = uri }, options = { tabSize = 2, insertSpaces = true } })

  -- Typed like a user: a new project heading at the end, then completion on it.
  local last = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, { '', '### Jaeg' })
  local completion = request(client, bufnr, 'textDocument/completion', { textDocument = { uri = uri }, position = { line = last + 1, character = 8 } })
  results.completion = completion and (completion.items or completion)
end)

if not ok then table.insert(results.errors, tostring(failure)) end
write_results()
vim.cmd('qa!')

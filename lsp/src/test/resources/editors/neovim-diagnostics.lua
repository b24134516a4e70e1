-- Headless Neovim as a tracelint user runs it: opens a Java file with the language server attached through
-- Neovim's built-in client, waits for the diagnostics Neovim received, applies the server's suppression quick fix
-- the way Neovim applies any workspace edit, waits for the re-analysis, and writes what it saw to a file.
-- Works with Neovim 0.7 (Debian 12's package): vim.lsp.start_client + buf_attach_client, not 0.8's vim.lsp.start.
-- Environment: TRACELINT_LSP_JAR (the server jar), TRACELINT_FILE (the file to open), TRACELINT_OUT (the report).

local report = {}
local function say(line)
  table.insert(report, line)
end

local function finish()
  vim.fn.writefile(report, os.getenv('TRACELINT_OUT'))
  vim.cmd('qall!')
end

local function code_of(diagnostic)
  if diagnostic.code then
    return diagnostic.code
  end
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp
  return lsp and lsp.code or '?'
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('TRACELINT_FILE')))
  local buffer = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'tracelint',
    cmd = { 'java', '-jar', os.getenv('TRACELINT_LSP_JAR') },
    root_dir = vim.fn.getcwd(),
  })
  vim.lsp.buf_attach_client(buffer, client_id)

  local received = vim.wait(60000, function()
    return #vim.diagnostic.get(buffer) > 0
  end, 50)
  say('received ' .. tostring(received))
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    say(string.format('diagnostic %d:%d-%d:%d severity=%d source=%s code=%s message=%s',
      d.lnum, d.col, d.end_lnum, d.end_col, d.severity, d.source, code_of(d), d.message))
  end

  local first = vim.diagnostic.get(buffer)[1]
  if first then
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(buffer) },
      range = {
        start = { line = first.lnum, character = first.col },
        ['end'] = { line = first.end_lnum, character = first.end_col },
      },
      context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buffer, first.lnum) },
    }
    local responses = vim.lsp.buf_request_sync(buffer, 'textDocument/codeAction', params, 30000) or {}
    for _, response in pairs(responses) do
      for _, action in ipairs(response.result or {}) do
        say('action ' .. action.title)
        if action.title:find('^Suppress') and action.edit then
          vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
          local cleared = vim.wait(60000, function()
            return #vim.diagnostic.get(buffer) == 0
          end, 50)
          say('cleared after the quick fix ' .. tostring(cleared))
          for number, line in ipairs(vim.api.nvim_buf_get_lines(buffer, 0, -1, false)) do
            if line:find('SuppressWarnings') then
              say(string.format('line %d %s', number, line))
            end
          end
        end
      end
    end
  end
  vim.lsp.stop_client(client_id)
  vim.wait(10000, function()
    return vim.lsp.get_client_by_id(client_id) == nil
  end, 50)
end)
if not ok then
  say('error ' .. tostring(failure))
end
finish()

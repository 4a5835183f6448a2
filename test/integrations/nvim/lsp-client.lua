-- Drives shipshape's language server from Neovim's built-in LSP client (0.7 and later), headless.
-- Everything it learns goes to the JSON file named by SHIPSHAPE_OUT; the test asserts on that file.
-- Inputs (environment): SHIPSHAPE_CMD (JSON list), SHIPSHAPE_ROOT, SHIPSHAPE_OUT.

local out_path = os.getenv('SHIPSHAPE_OUT')
local result = { logs = {}, steps = {} }

local function write_result()
  local file = assert(io.open(out_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function wait(description, predicate)
  if not vim.wait(15000, predicate, 20) then error('timed out waiting for ' .. description) end
  table.insert(result.steps, description)
end

local function diagnostics_of(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, source = d.source, message = d.message, code = d.code or lsp.code,
    })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum end)
  return list
end

local function has_code(bufnr, code)
  for _, d in ipairs(diagnostics_of(bufnr)) do
    if d.code == code then return true end
  end
  return false
end

local function main()
  local root = os.getenv('SHIPSHAPE_ROOT')
  local cmd = vim.fn.json_decode(os.getenv('SHIPSHAPE_CMD'))
  local client_id = vim.lsp.start_client({
    name = 'shipshape',
    cmd = cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'shop' } },
    init_options = { debounceMs = 0 },
    handlers = {
      ['window/logMessage'] = function(_, params) table.insert(result.logs, params.message) end,
    },
  })
  assert(client_id, 'the client did not start')
  local function open(name)
    vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. name))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(bufnr, client_id)
    return bufnr
  end

  -- 1. One open file; the workspace scan must also reach files that are not open.
  local statefulset = open('db-statefulset.yaml')
  local service = vim.uri_to_bufnr(vim.uri_from_fname(root .. '/db-service.yaml'))
  wait('the Service finding of the unopened file', function() return has_code(service, 'statefulset-service-not-headless') end)
  result.initial_service = diagnostics_of(service)

  -- 2. An edit in the StatefulSet file changes the diagnostics of both files.
  vim.api.nvim_set_current_buf(statefulset)
  local line = vim.api.nvim_buf_get_lines(statefulset, 6, 7, true)[1]
  vim.api.nvim_buf_set_lines(statefulset, 6, 7, true, { (line:gsub('serviceName: db', 'serviceName: db-primary')) })
  wait('the StatefulSet finding after the edit', function()
    return has_code(statefulset, 'statefulset-service-missing') and not has_code(service, 'statefulset-service-not-headless')
  end)
  result.after_edit = diagnostics_of(statefulset)

  -- 3. Hover on the finding shows the rule's docs.
  local hover = vim.lsp.buf_request_sync(statefulset, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(statefulset) }, position = { line = 6, character = 18 },
  }, 5000)
  for _, response in pairs(hover or {}) do
    if response.result then result.hover = response.result.contents.value end
  end

  -- 4. Save: the server hears didSave.
  vim.cmd('write')
  wait('didSave to reach the server', function()
    for _, message in ipairs(result.logs) do
      if message:find('saved ', 1, true) then return true end
    end
    return false
  end)

  -- 5. Columns: a non-ASCII line, converted by Neovim from UTF-16 to bytes.
  local emoji = open('emoji.yaml')
  wait('the finding after the emoji', function() return has_code(emoji, 'yaml-ambiguous-value') end)
  result.emoji = diagnostics_of(emoji)

  -- 6. The quick fix, applied by Neovim, clears the finding.
  local flags = open('flags.yaml')
  wait('the flags finding', function() return has_code(flags, 'yaml-ambiguous-value') end)
  local lnum
  for _, d in ipairs(diagnostics_of(flags)) do
    if d.code == 'yaml-ambiguous-value' then lnum = d.lnum end
  end
  local actions = vim.lsp.buf_request_sync(flags, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(flags) },
    range = { start = { line = lnum, character = 13 }, ['end'] = { line = lnum, character = 13 } },
    -- Neovim 0.7 keeps the LSP range of a diagnostic only through this helper.
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(flags, lnum) },
  }, 5000)
  for _, response in pairs(actions or {}) do
    for _, action in ipairs(response.result or {}) do
      if action.diagnostics[1].code == 'yaml-ambiguous-value' then
        result.action_title = action.title
        vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      end
    end
  end
  result.fixed_line = vim.api.nvim_buf_get_lines(flags, lnum, lnum + 1, true)[1]
  wait('the finding to clear after the fix', function() return not has_code(flags, 'yaml-ambiguous-value') end)
  result.ok = true
end

local ok, err = xpcall(main, debug.traceback)
if not ok then result.error = tostring(err) end
write_result()
vim.cmd(ok and 'qa!' or 'cquit 2')

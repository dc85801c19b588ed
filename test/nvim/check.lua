-- Test driver: run after test/nvim/init.lua on the seed article
-- (shared/corpus/seed/trump-russia-venezuela.txt). Drives the Copydesk server through Neovim's
-- built-in LSP client and checks diagnostics, hover and go-to-definition.
--
--   nvim --headless --clean -u test/nvim/init.lua -c 'luafile test/nvim/check.lua' <copy of seed>
--
-- Results: one line per check on stdout ("ok <name>: ..." / "not ok <name>: ..."), and a JSON
-- report in $COPYDESK_NVIM_RESULT when set. Exits with `:qa!` when every check passes, otherwise
-- `:cquit N` with N the number of failed checks (at least 1).
-- $COPYDESK_EXPECT_HOVER overrides the expected hover text (to check that the test can fail).

local TIMEOUT = tonumber(os.getenv('COPYDESK_NVIM_TIMEOUT_MS') or '') or 15000
local EXPECT_HOVER = os.getenv('COPYDESK_EXPECT_HOVER') or 'Donald John Trump'
local result_path = os.getenv('COPYDESK_NVIM_RESULT')

local v = vim.version()
local report = { nvim = string.format('%d.%d.%d', v.major, v.minor, v.patch), checks = {} }
local failed = 0

local function record(name, ok, detail)
  table.insert(report.checks, { name = name, ok = ok, detail = detail })
  if not ok then failed = failed + 1 end
  io.stdout:write(string.format('%s %s: %s\n', ok and 'ok' or 'not ok', name, detail))
end

local function finish()
  report.failed = failed
  if result_path then
    local f = assert(io.open(result_path, 'w'))
    f:write(vim.json.encode(report))
    f:close()
  end
  io.stdout:flush()
  for _, client in pairs(vim.lsp.get_active_clients()) do
    client.stop()
  end
  vim.wait(2000, function()
    return #vim.lsp.get_active_clients() == 0
  end, 20)
  if failed == 0 then
    vim.cmd('qa!')
  else
    vim.cmd('cquit ' .. math.min(failed, 255))
  end
end

local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)
local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

--- The LSP position (0-based line, UTF-16 character) of `needle` in the buffer, plus `skip` bytes.
local function position_of(needle, skip)
  for i, line in ipairs(lines) do
    local s = line:find(needle, 1, true)
    if s then
      local _, utf16 = vim.str_utfindex(line, s - 1 + (skip or 0))
      return { line = i - 1, character = utf16 }
    end
  end
  return nil
end

--- The buffer text an LSP range (UTF-16) covers, on one line.
local function text_of(range)
  local line = lines[range.start.line + 1]
  if not line or range['end'].line ~= range.start.line then return nil end
  local s = vim.str_byteindex(line, range.start.character, true)
  local e = vim.str_byteindex(line, range['end'].character, true)
  return line:sub(s + 1, e)
end

local function flatten_hover(contents)
  if type(contents) == 'string' then return contents end
  if contents.value then return contents.value end
  local parts = {}
  for _, c in ipairs(contents) do table.insert(parts, flatten_hover(c)) end
  return table.concat(parts, '\n')
end

local function run()
  -- 0. The client starts and attaches to the buffer.
  local client
  local attached = vim.wait(TIMEOUT, function()
    for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do
      if c.name == 'copydesk' and c.initialized then client = c end
    end
    return client ~= nil
  end, 20)
  record('attach', attached, attached and ('client ' .. client.id .. ', filetype ' .. vim.bo[bufnr].filetype) or ('no initialized copydesk client for ' .. uri))
  if not attached then return end

  -- 1. Diagnostics arrive: an inconsistent-spelling warning on "Juan Guaido", no unattributed quote.
  local arrived = vim.wait(TIMEOUT, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 20)
  local diagnostics = vim.diagnostic.get(bufnr)
  local codes, spelling, unattributed = {}, nil, 0
  for _, d in ipairs(diagnostics) do
    table.insert(codes, tostring(d.code))
    local text = (lines[d.lnum + 1] or ''):sub(d.col + 1, d.end_lnum == d.lnum and d.end_col or nil)
    if d.code == 'inconsistent-spelling' and d.severity == vim.diagnostic.severity.WARN and text:find('Guaido', 1, true) then
      spelling = string.format('line %d "%s": %s', d.lnum, text, d.message)
    end
    if d.code == 'unattributed-quote' then unattributed = unattributed + 1 end
  end
  record('diagnostics', arrived and spelling ~= nil and unattributed == 0,
    string.format('%d diagnostics [%s]; spelling warning: %s; unattributed-quote: %d',
      #diagnostics, table.concat(codes, ', '), spelling or 'none', unattributed))

  -- 2. Hover on "Trump" in "Trump told reporters" names Donald John Trump.
  local pos = position_of('Trump told reporters', 1)
  local hover, herr = client.request_sync('textDocument/hover', { textDocument = { uri = uri }, position = pos }, TIMEOUT, bufnr)
  local htext = hover and hover.result and hover.result.contents and flatten_hover(hover.result.contents) or ''
  record('hover', htext:find(EXPECT_HOVER, 1, true) ~= nil,
    string.format('at %d:%d expected "%s" in %s', pos.line, pos.character, EXPECT_HOVER,
      hover and (hover.err and vim.inspect(hover.err) or vim.inspect(htext)) or ('no answer: ' .. tostring(herr))))

  -- 3. Definition of "Guaido" in "interim President Juan Guaido," is the introducing "Juan Guaidó".
  pos = position_of('Juan Guaido,', 7)
  local def, derr = client.request_sync('textDocument/definition', { textDocument = { uri = uri }, position = pos }, TIMEOUT, bufnr)
  local locations = def and def.result or {}
  if locations.uri or locations.targetUri then locations = { locations } end
  local found, seen = false, {}
  for _, loc in ipairs(locations) do
    local range = loc.targetSelectionRange or loc.range
    local text = text_of(range)
    table.insert(seen, string.format('%d:%d-%d:%d "%s"', range.start.line, range.start.character, range['end'].line, range['end'].character, tostring(text)))
    if (loc.uri or loc.targetUri) == uri and range.start.line == 2 and (text == 'Juan Guaidó' or text == 'Guaidó')
      and lines[3]:find('opposition leader ' .. text, 1, true) then
      found = true
    end
  end
  record('definition', found, string.format('from %d:%d got [%s]%s', pos.line, pos.character, table.concat(seen, '; '),
    def and def.err and (' error ' .. vim.inspect(def.err)) or (def and '' or (' no answer: ' .. tostring(derr)))))
end

local ok, err = pcall(run)
if not ok then record('driver', false, tostring(err)) end
finish()

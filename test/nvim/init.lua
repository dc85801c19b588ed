-- A minimal Neovim configuration that runs the Copydesk language server with Neovim's built-in
-- LSP client. Works with Neovim 0.7 (vim.lsp.start_client + vim.lsp.buf_attach_client) and uses
-- vim.lsp.start on 0.8+. Used by test/nvim/check.lua (see test/lsp/nvim.test.ts) and shown in
-- docs/editors.md.
--
--   nvim --headless --clean -u test/nvim/init.lua -c 'luafile test/nvim/check.lua' article.txt
--
-- The server command is `node <repo>/dist/server.js --stdio`, or $COPYDESK_SERVER (a path to
-- server.js) when set.

local this_file = debug.getinfo(1, 'S').source:gsub('^@', '')
local repo = vim.fn.fnamemodify(this_file, ':p:h:h:h')
local server_js = os.getenv('COPYDESK_SERVER') or (repo .. '/dist/server.js')

-- Neovim knows Markdown and text; teach it the article extensions of the VS Code extension.
vim.cmd([[
  augroup copydesk_filetypes
    autocmd!
    autocmd BufRead,BufNewFile *.article,*.story setfiletype article
  augroup END
]])

-- Neovim's filetype names differ from VS Code's language ids; the server reads the language id to
-- choose how to scan the document (`plaintext` has no Markdown code spans or fences).
local language_ids = { text = 'plaintext', markdown = 'markdown', article = 'article' }

local function config_for(bufnr)
  local file = vim.api.nvim_buf_get_name(bufnr)
  return {
    name = 'copydesk',
    cmd = { 'node', server_js, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    get_language_id = function(_, filetype)
      return language_ids[filetype] or filetype
    end,
  }
end

local client_id = nil -- one server for all buffers (0.7 path)

local function attach(bufnr)
  if vim.lsp.start then -- Neovim 0.8+: finds or starts the client and attaches the buffer
    vim.lsp.start(config_for(bufnr), { bufnr = bufnr })
    return
  end
  if not client_id or not vim.lsp.get_client_by_id(client_id) then
    client_id = vim.lsp.start_client(config_for(bufnr))
  end
  if client_id then
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'text', 'markdown', 'article' },
  callback = function(args)
    attach(args.buf)
  end,
})

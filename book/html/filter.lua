-- The book's pages as HTML: what book/html/build.sh asks pandoc to do
-- besides reading the Markdown. Environment:
--   BOOK_DIR    the book's sources (book/)
--   BOOK_PAGES  the pages, "00-introduction.md 01-hello.md ..."
--   BOOK_UP     the path from the output directory to book/ ("../../book")
--   BOOK_TOC    where to write this page's sections (for the contents page)
--   BOOK_PREV, BOOK_PREV_TITLE, BOOK_NEXT, BOOK_NEXT_TITLE: the pages
--               before and after this one, for its previous/next links
--
-- - A link to another page (01-hello.md#x) goes to its .html; a link to
--   any other file of the repository (../src/ops.c) goes to that file,
--   relative to where the HTML is; a link to a file that does not exist
--   is reported.
-- - An image must exist (figures/ and img/ are copied next to the pages);
--   one that does not is replaced by a line that says what is missing.
-- - ```make fences are highlighted as makefiles.
-- - An excerpt's location line ("in `ops.c`, in `main`") gets a class,
--   and its file links to the file in the chapter's directory.
-- - The page's title, and its sections for the contents page.

local dir = os.getenv("BOOK_DIR") or "book"
local up = os.getenv("BOOK_UP") or "../../book"
local toc_out = os.getenv("BOOK_TOC")
local pages = {}
for p in (os.getenv("BOOK_PAGES") or ""):gmatch("%S+") do pages[p] = true end
local page = PANDOC_STATE.input_files[1] or "?"

local function exists(path)
  local f = io.open(path, "r")
  if f then f:close() return true end
  return false
end

local function warn(msg)
  io.stderr:write("book: " .. page .. ": " .. msg .. "\n")
end

-- "a/b/../../c" -> "c", "../../book/../src/x" -> "../../src/x"
local function normalize(path)
  local out = {}
  for part in path:gmatch("[^/]+") do
    if part == ".." and #out > 0 and out[#out] ~= ".." then
      table.remove(out)
    elseif part ~= "." then
      table.insert(out, part)
    end
  end
  return table.concat(out, "/")
end

local function external(target)
  return target:match("^%a[%w+.-]*:") ~= nil or target:sub(1, 1) == "#"
    or target:sub(1, 1) == "/"
end

-- Headers get the ids pandoc gives them; the page's own ids, to check
-- links to an anchor of the same page.
function Link(el)
  local target = el.target
  if external(target) then return nil end
  local path, frag = target:match("^([^#]*)(#?.*)$")
  if pages[path] then
    el.target = path:gsub("%.md$", ".html") .. frag
    return el
  end
  if not exists(dir .. "/" .. path) then
    warn("link to " .. target .. ": no such file")
  end
  el.target = normalize(up .. "/" .. path) .. frag
  return el
end

function Image(el)
  local src = el.src
  if external(src) then return nil end
  if exists(dir .. "/" .. src) then
    if src:match("^figures/") or src:match("^img/") then return nil end
    el.src = normalize(up .. "/" .. src)
    return el
  end
  local why = "the image " .. src .. " is not there"
  if src:match("bench") then
    why = why .. " (make bench draws the benchmark plot)"
  elseif src:match("^figures/") then
    why = why .. " (make figures renders it)"
  end
  warn(why)
  return pandoc.Emph({ pandoc.Str("[" .. why .. "]") })
end

function CodeBlock(el)
  for i, c in ipairs(el.classes) do
    if c == "make" then el.classes[i] = "makefile" end
  end
  return el
end

-- "*in `file`...*" alone in a paragraph: an excerpt's location line.
-- An image alone in a paragraph: a figure, its description the caption.
function Para(el)
  if #el.content == 1 and el.content[1].t == "Image" then
    local img = el.content[1]
    if not img.title:match("^fig:") then img.title = "fig:" .. img.title end
    return el
  end
  if #el.content == 1 and el.content[1].t == "Emph" then
    local parts = el.content[1].content
    local first = parts[1]
    if first and first.t == "Str" and first.text == "in" then
      -- The file it names links to that file as the chapter has it,
      -- chapters/NN-slug/FILE, when there is one.
      local slug = page:match("([0-9][0-9]%-[%w-]+)%.md$")
      for i, inl in ipairs(parts) do
        if inl.t == "Code" then
          local rel = "../chapters/" .. (slug or "?") .. "/" .. inl.text
          if slug and exists(dir .. "/" .. rel) then
            parts[i] = pandoc.Link({ inl }, normalize(up .. "/" .. rel))
          end
          break
        end
      end
      return pandoc.Div({ el }, pandoc.Attr("", { "where" }))
    end
  end
  return nil
end

function Pandoc(doc)
  local lines, title = {}, nil
  for _, b in ipairs(doc.blocks) do
    if b.t == "Header" and b.level <= 2 then
      local text = pandoc.utils.stringify(b.content)
      if b.level == 1 and not title then title = text end
      table.insert(lines, b.level .. "\t" .. b.identifier .. "\t" .. text)
    end
  end
  for _, v in ipairs({ "prev", "prev-title", "next", "next-title" }) do
    local value = os.getenv("BOOK_" .. v:upper():gsub("-", "_"))
    if value and value ~= "" then doc.meta[v] = pandoc.MetaString(value) end
  end
  if title and not doc.meta.pagetitle then
    doc.meta.pagetitle = pandoc.MetaString(title)
  end
  if toc_out then
    local f = assert(io.open(toc_out, "w"))
    f:write(table.concat(lines, "\n"), "\n")
    f:close()
  end
  return doc
end

return {
  { Link = Link, Image = Image, CodeBlock = CodeBlock, Para = Para },
  { Pandoc = Pandoc },
}

-- pandoc filter for import-corpus.py: keeps the text of a DocBook help page, its headings
-- (with their DocBook ids as `{#id}`), links and images; drops what exists only for the help
-- viewer (navigation bars, tables of contents, index-term anchors). The page's own first
-- heading is dropped: it is the page's title, which import-corpus.py puts in front matter.
local seen_first_heading = false

function Div(el)
  if el.classes:includes('navheader') or el.classes:includes('navfooter')
    or el.classes:includes('toc') then
    return {}
  end
  return el.content
end

local function is_number(text)
  return text:match('^%d[%d%.]*$') or text:match('^[A-Z]%.[%d%.]*$')
end

function Header(el)
  local id = nil
  local words = {}
  for _, item in ipairs(el.content) do
    if item.t == 'Span' and item.identifier ~= '' and #item.content == 0 then
      id = id or item.identifier
    else
      table.insert(words, item)
    end
  end
  if words[1] and words[1].t == 'Str' and is_number(words[1].text) then
    table.remove(words, 1)
    if words[1] and words[1].t == 'Space' then table.remove(words, 1) end
  end
  if not seen_first_heading then
    seen_first_heading = true
    return {}
  end
  if id then
    table.insert(words, pandoc.Space())
    table.insert(words, pandoc.Str('{#' .. id .. '}'))
  end
  return pandoc.Header(el.level, words)
end

function RawBlock(el) return {} end
function RawInline(el) return {} end
function Span(el) return el.content end

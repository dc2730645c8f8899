-- pandoc filter for import-corpus.py: keeps the text of a DocBook help page and drops what
-- would not survive outside the help viewer (navigation, images, links to other files).
function Div(el)
  if el.classes:includes('navheader') or el.classes:includes('navfooter')
    or el.classes:includes('titlepage') or el.classes:includes('toc') then
    return {}
  end
  return el.content
end
function Image(el) return el.caption end
function Link(el) return el.content end
function RawBlock(el) return {} end
function RawInline(el) return {} end
function Span(el) return el.content end
function Table(el) return pandoc.utils.to_simple_table and el or el end

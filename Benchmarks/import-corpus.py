#!/usr/bin/env python3
"""Imports Debian's gimp-help-ru (the GIMP manual in Russian, HTML) as a pednet-build site in
Benchmarks/corpus-real/: one Markdown page per help page, through pandoc, in sections named
after the help file names, plus an `archive/` section of shortened outdated copies of every
twelfth page (the case of a site that keeps old versions). Headings keep their DocBook ids as
`{#id}`, links to other help pages become relative `.md` links (with their `#anchor`), images
are copied into content/images/; links to help pages the import leaves out become their text,
and the script says how many. Generated, git-ignored; the text is under the GNU FDL (see
README.md beside this script)."""
import collections, concurrent.futures, html, os, re, shutil, subprocess, sys

HELP = "/usr/share/gimp/2.0/help/ru"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus-real")
FILTER = os.path.join(HERE, "import-corpus.lua")
# Help file name prefixes grouped into sections of the site.
SECTIONS = {"filter": "filters", "filters": "filters", "plug": "filters", "script": "filters",
            "layer": "layers", "tool": "tools", "tools": "tools", "using": "using",
            "image": "image", "view": "view", "file": "file", "edit": "edit", "stuck": "stuck",
            "selection": "selection", "concepts": "concepts", "tutorial": "tutorials",
            "key": "dialogs", "dialogs": "dialogs", "introduction": "introduction",
            "colors": "colors", "help": "help", "gfdl": "gfdl"}


def section(name):
    parts = name.split("-")
    key = parts[1] if parts[0] == "gimp" and len(parts) > 1 else parts[0]
    return SECTIONS.get(key, "misc")


def title_of(raw):
    found = re.search(r"<title>(.*?)</title>", raw, re.S)
    text = html.unescape(found.group(1)) if found else ""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^(?:[0-9A-Z]+\.)+(?:[0-9]+\.?)?\s+|^Глава \d+\.\s*", "", text) or text


def convert(name):
    path = os.path.join(HELP, name)
    raw = open(path, encoding="utf-8").read()
    title = title_of(raw)
    body = subprocess.run(
        ["pandoc", "-f", "html", "-t", "gfm-raw_html", "--wrap=none", "--lua-filter", FILTER, path],
        check=True, capture_output=True, text=True).stdout
    slug = name[:-5]
    top = re.search(r'<h[1-6] class="title"><a id="([^"]+)"', raw)
    return slug, section(slug), title, body, top.group(1) if top else None


DESTINATION = re.compile(r"(\]\()([^()\s]+)((?: \"[^\"]*\")?\))")


def rewrite(body, folder, targets, counts):
    """Links and images of `body`, a page in content/`folder`, made relative to the site."""
    def replace(match):
        target = match.group(2)
        if re.match(r"[a-z]+:", target):
            return match.group(0)
        if target.startswith("images/"):
            counts["images"].add(target)
            return match.group(1) + "../" + target + match.group(3)
        name, _, fragment = target.partition("#")
        if not name.endswith(".html"):
            return match.group(0)
        known = targets.get(name[:-5])
        if known is None:
            counts["dropped"] += 1
            return None
        sect, top = known
        path = (name[:-5] + ".md") if sect == folder else f"../{sect}/{name[:-5]}.md"
        if fragment and fragment != top:
            path += "#" + fragment
        return match.group(1) + path + match.group(3)

    def unlink(text):
        out, last = [], 0
        for match in DESTINATION.finditer(text):
            new = replace(match)
            if new is None:
                start = text.rfind("[", 0, match.start())
                if start < last or start > 0 and text[start - 1] == "!":
                    new = match.group(0)
                else:
                    out.append(text[last:start])
                    out.append(text[start + 1:match.start()])
                    last = match.end()
                    continue
            out.append(text[last:match.start()])
            out.append(new)
            last = match.end()
        out.append(text[last:])
        return "".join(out)

    return unlink(body)


def page(title, body, extra=""):
    quoted = title.replace("\\", "\\\\").replace('"', '\\"')
    return f'---\ntitle: "{quoted}"\n{extra}---\n\n{body.strip()}\n'


def main():
    if not os.path.isdir(HELP):
        sys.exit(f"import-corpus: {HELP} is missing: apt-get install gimp-help-ru pandoc")
    shutil.rmtree(OUT, ignore_errors=True)
    names = sorted(n for n in os.listdir(HELP) if n.endswith(".html") and n != "index.html")
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        pages = list(pool.map(convert, names))
    kept = 0
    targets = {slug: (sect, top) for slug, sect, _, body, top in pages if len(body.strip()) >= 20}
    counts = {"images": set(), "dropped": 0}
    for number, (slug, sect, title, body, _) in enumerate(pages):
        if len(body.strip()) < 20:
            continue
        folder = os.path.join(OUT, "content", sect)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, slug + ".md"), "w", encoding="utf-8") as out:
            out.write(page(title, rewrite(body, sect, targets, counts)))
        kept += 1
        if number % 12 == 0:
            os.makedirs(os.path.join(OUT, "content", "archive"), exist_ok=True)
            cut = body[: max(len(body) * 3 // 5, 200)].rsplit("\n\n", 1)[0]
            cut = rewrite(cut, "archive", targets, counts)
            with open(os.path.join(OUT, "content", "archive", slug + ".md"), "w",
                      encoding="utf-8") as out:
                out.write(page(title, "*Устаревшая версия страницы.*\n\n" + cut))
            kept += 1
    # What a site with an archive writes: old copies count a fifth in search.
    with open(os.path.join(OUT, "content", "archive", "_index.md"), "w", encoding="utf-8") as out:
        out.write('---\ntitle: "Архив"\nsearch: 0.2\n---\n\nУстаревшие версии страниц.\n')
    with open(os.path.join(OUT, "site.yml"), "w", encoding="utf-8") as out:
        out.write(open(os.path.join(HERE, "search-eval", "site.yml"), encoding="utf-8").read())
    copy_images(counts["images"])
    print(f"import-corpus: {kept} pages from {len(names)} help pages in {OUT}/content, "
          f"{len(counts['images'])} images; {counts['dropped']} links to help pages left out "
          "(index, empty pages) became their text")


def copy_images(used):
    """The images the pages show, from the help's images/ into content/images/."""
    for image in sorted(used):
        source = os.path.join(HELP, image)
        if os.path.isfile(source):
            target = os.path.join(OUT, "content", image)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(source, target)


if __name__ == "__main__":
    main()

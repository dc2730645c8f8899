"""Checks a published folder the way search engines, feed readers and calendars read it.

usage: python3 published.py SITE_DIR BASE_URL

- sitemap.xml against the sitemap protocol (sitemaps.org/protocol.html): UTF-8 XML, a
  <urlset> in the 0.9 namespace, each <url> with exactly one <loc> (an absolute http(s) URL
  under BASE_URL, fewer than 2,048 characters, no duplicates) and at most one <lastmod> in
  W3C Datetime form; at most 50,000 URLs and 50 MiB; and every <loc> is a file of the site;
- robots.txt names the sitemap by its absolute URL;
- feed.xml, calendar.ics, the pages' canonical links and Open Graph og:url use absolute URLs under BASE_URL.
Prints one line per check; exits 1 when any failed.
"""

import os
import re
import sys
import xml.etree.ElementTree as ET

SITEMAP_NS = '{http://www.sitemaps.org/schemas/sitemap/0.9}'
ATOM_NS = '{http://www.w3.org/2005/Atom}'
W3C_DATETIME = re.compile(
    r'^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$')

failures = []


def check(name, problems):
    problems = list(problems)
    print('%s: %s' % (name, 'ok' if not problems else 'FAILED'))
    for problem in problems[:10]:
        print('  ' + problem)
    if len(problems) > 10:
        print('  … and %d more' % (len(problems) - 10))
    if problems:
        failures.append(name)


def file_for(site, base, url):
    """The output file a URL under `base` is served from, or None."""
    if not url.startswith(base):
        return None
    rel = url[len(base):].split('#')[0]
    path = os.path.join(site, rel)
    if rel == '' or rel.endswith('/'):
        path = os.path.join(path, 'index.html')
    return path if os.path.isfile(path) else None


def sitemap(site, base):
    path = os.path.join(site, 'sitemap.xml')
    raw = open(path, 'rb').read()
    if len(raw) > 50 * 1024 * 1024:
        yield 'sitemap.xml is larger than 50 MiB'
    try:
        raw.decode('utf-8')
    except UnicodeDecodeError:
        yield 'sitemap.xml is not UTF-8'
    root = ET.fromstring(raw)
    if root.tag != SITEMAP_NS + 'urlset':
        yield 'the root element is %s, not urlset in the sitemap namespace' % root.tag
    urls = list(root)
    if not 0 < len(urls) <= 50000:
        yield '%d URLs (a sitemap holds 1 to 50,000)' % len(urls)
    seen = set()
    for entry in urls:
        if entry.tag != SITEMAP_NS + 'url':
            yield 'unexpected element %s' % entry.tag
            continue
        locs = entry.findall(SITEMAP_NS + 'loc')
        if len(locs) != 1:
            yield 'a <url> with %d <loc>' % len(locs)
            continue
        loc = (locs[0].text or '').strip()
        if not re.match(r'^https?://', loc):
            yield '<loc>%s</loc> is not an absolute http(s) URL' % loc
        elif not loc.startswith(base):
            yield '<loc>%s</loc> is not under %s' % (loc, base)
        elif file_for(site, base, loc) is None:
            yield '<loc>%s</loc> is no file of the site' % loc
        if len(loc) >= 2048:
            yield '<loc> of %d characters' % len(loc)
        if loc in seen:
            yield '<loc>%s</loc> twice' % loc
        seen.add(loc)
        lastmods = entry.findall(SITEMAP_NS + 'lastmod')
        if len(lastmods) > 1:
            yield '%s has %d <lastmod>' % (loc, len(lastmods))
        for lastmod in lastmods:
            if not W3C_DATETIME.match((lastmod.text or '').strip()):
                yield '%s: <lastmod>%s</lastmod> is not a W3C datetime' % (loc, lastmod.text)
        for child in entry:
            if child.tag not in (SITEMAP_NS + t for t in ('loc', 'lastmod', 'changefreq', 'priority')):
                yield '%s: unexpected element %s' % (loc, child.tag)
    print('  %d URLs in sitemap.xml' % len(urls))


def robots(site, base):
    text = open(os.path.join(site, 'robots.txt'), encoding='utf-8').read()
    if 'Sitemap: %ssitemap.xml' % base not in text.splitlines():
        yield 'robots.txt does not name %ssitemap.xml' % base


def feed(site, base):
    root = ET.parse(os.path.join(site, 'feed.xml')).getroot()
    for link in root.iter(ATOM_NS + 'link'):
        href = link.get('href', '')
        if not href.startswith(base):
            yield 'feed.xml links to %s' % href
        elif link.get('rel') != 'self' and file_for(site, base, href) is None:
            yield 'feed.xml links to %s, no file of the site' % href


def calendar(site, base):
    events = links = 0
    for line in open(os.path.join(site, 'calendar.ics'), encoding='utf-8'):
        events += line.startswith('BEGIN:VEVENT')
        if line.startswith('URL:'):
            links += 1
            if file_for(site, base, line[4:].strip()) is None:
                yield 'calendar.ics has %s, no page of the site' % line.strip()
    if links != events:
        yield 'calendar.ics: %d events, %d with a URL:' % (events, links)


def canonical(site, base):
    pattern = re.compile(r'<link rel="canonical" href="([^"]*)"')
    pages = 0
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith('.html') and name != '404.html':
                text = open(os.path.join(folder, name), encoding='utf-8').read()
                found = pattern.findall(text)
                rel = os.path.relpath(os.path.join(folder, name), site)
                pages += 1
                if not found:
                    yield '%s has no canonical link' % rel
                elif file_for(site, base, found[0]) is None:
                    yield '%s: canonical %s is no file of the site' % (rel, found[0])
                elif '<meta property="og:url" content="%s">' % found[0] not in text:
                    yield '%s: no Open Graph og:url equal to the canonical link' % rel
    print('  %d pages with canonical links' % pages)


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: published.py SITE_DIR BASE_URL')
    site, base = sys.argv[1], sys.argv[2]
    check('sitemap.xml follows the sitemap protocol', sitemap(site, base))
    check('robots.txt names the sitemap', robots(site, base))
    check('feed.xml links are absolute', feed(site, base))
    check('calendar.ics URLs are absolute', calendar(site, base))
    check('canonical links and og:url are absolute', canonical(site, base))
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()

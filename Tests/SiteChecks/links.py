#!/usr/bin/env python3
"""Offline link check of a built site (standard library only).

usage: links.py SITE_DIR

- Every relative `href`, `src`, `srcset`, `action`, `poster` and `data` of every HTML file must
  resolve to an existing file inside the site (`x/` means `x/index.html`; `?query` is
  stripped; percent-escapes are decoded), and every `#fragment` must be an `id` (or an
  `<a name>`) in the target page. Root-relative links (`/x/`) are errors: the site must work
  under any sub-path and from file://.
- External links (http, https, mailto, tel, //host) are not fetched, only counted.
- sitemap.xml and feed.xml must be well-formed XML (a sitemap `urlset`, an Atom `feed`), and
  their addresses that start with the site's base URL must name files of the site.
- calendar.ics: BEGIN/END:VCALENDAR with VERSION and PRODID, CRLF line ends, and every VEVENT
  with UID, DTSTAMP, DTSTART, SUMMARY and URL.

Prints every problem as `file: message` and a summary line; exits 1 on any problem.
"""

import html.parser
import os
import posixpath
import re
import sys
import urllib.parse
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import html_files  # noqa: E402

URL_ATTRIBUTES = {
    'a': ('href',), 'area': ('href',), 'link': ('href',), 'img': ('src', 'srcset'),
    'source': ('src', 'srcset'), 'script': ('src',), 'iframe': ('src',), 'embed': ('src',),
    'video': ('src', 'poster'), 'audio': ('src',), 'track': ('src',), 'object': ('data',),
    'form': ('action',), 'input': ('src',), 'use': ('href', 'xlink:href'),
    'image': ('href', 'xlink:href'),
}
EXTERNAL = re.compile(r'^(https?:|mailto:|tel:|//)', re.I)
OTHER_SCHEME = re.compile(r'^[a-z][a-z0-9+.-]*:', re.I)


class PageParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []  # (line, tag, attribute, value)
        self.base = None

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get('id'):
            self.ids.add(values['id'])
        if tag == 'a' and values.get('name'):
            self.ids.add(values['name'])
        if tag == 'base' and values.get('href'):
            self.base = values['href']
        for attribute in URL_ATTRIBUTES.get(tag, ()):
            value = values.get(attribute)
            if value is None:
                continue
            if attribute == 'srcset':
                for candidate in value.split(','):
                    url = candidate.strip().split(' ')[0]
                    if url:
                        self.links.append((self.getpos()[0], tag, attribute, url))
            else:
                self.links.append((self.getpos()[0], tag, attribute, value.strip()))

    handle_startendtag = handle_starttag


def parse_page(path):
    parser = PageParser()
    with open(path, encoding='utf-8') as f:
        parser.feed(f.read())
    parser.close()
    return parser


class Checker:
    def __init__(self, site):
        self.site = os.path.abspath(site)
        self.problems = []
        self.pages = {}
        self.counts = {'internal': 0, 'fragments': 0, 'external': 0, 'folder': 0}

    def problem(self, where, message):
        self.problems.append('%s: %s' % (where, message))

    def page(self, rel):
        if rel not in self.pages:
            try:
                self.pages[rel] = parse_page(os.path.join(self.site, rel))
            except (OSError, UnicodeDecodeError) as error:
                self.problem(rel, 'cannot read: %s' % error)
                self.pages[rel] = PageParser()
        return self.pages[rel]

    def target(self, rel_dir, path):
        """The site-relative file a relative `path` names from folder `rel_dir`, or None when it
        leaves the site. A path ending in '/' (or naming a folder) means its index.html."""
        joined = posixpath.normpath(posixpath.join(rel_dir, path)) if path else None
        if joined is None:
            return None
        if joined == '..' or joined.startswith('../'):
            return None
        if joined == '.':
            joined = ''
        full = os.path.join(self.site, joined)
        if path.endswith('/') or os.path.isdir(full):
            joined = posixpath.join(joined, 'index.html') if joined else 'index.html'
        return joined

    def check_link(self, rel, line, tag, attribute, value):
        where = '%s:%d' % (rel, line)
        shown = '<%s %s="%s">' % (tag, attribute, value)
        if value == '' :
            if tag != 'form':
                self.problem(where, 'empty link %s' % shown)
            return
        if EXTERNAL.match(value):
            self.counts['external'] += 1
            return
        if OTHER_SCHEME.match(value):
            if value.lower().startswith(('data:', 'javascript:void')):
                return
            self.problem(where, 'link with an unexpected scheme %s' % shown)
            return
        if value.startswith('/'):
            self.problem(where, 'root-relative link %s: breaks under a sub-path and from file://' % shown)
            return
        raw_path, _, fragment = value.partition('#')
        raw_path = raw_path.partition('?')[0]
        path = urllib.parse.unquote(raw_path)
        fragment = urllib.parse.unquote(fragment)
        if path:
            self.counts['internal'] += 1
            if path.endswith('/'):
                self.counts['folder'] += 1
            target = self.target(posixpath.dirname(rel), path)
            if target is None:
                self.problem(where, '%s leaves the site folder' % shown)
                return
            if not os.path.isfile(os.path.join(self.site, target)):
                self.problem(where, '%s: no such file %s' % (shown, target))
                return
        else:
            target = rel
        if fragment:
            self.counts['fragments'] += 1
            if not target.endswith(('.html', '.htm')):
                return
            if fragment not in self.page(target).ids:
                self.problem(where, '%s: no id="%s" in %s' % (shown, fragment, target))

    def check_html(self):
        files = html_files(self.site)
        for rel in files:
            parser = self.page(rel)
            if parser.base:
                self.problem(rel, '<base href> changes how relative links resolve; not expected')
            for line, tag, attribute, value in parser.links:
                self.check_link(rel, line, tag, attribute, value)
        return files

    def base_url(self):
        """The site's base URL: the canonical link of the home page, when there is one."""
        home = os.path.join(self.site, 'index.html')
        if not os.path.isfile(home):
            return None
        with open(home, encoding='utf-8') as f:
            text = f.read()
        match = re.search(r'<link\s+rel="canonical"\s+href="([^"]+)"', text)
        return match.group(1) if match else None

    def check_absolute(self, name, url, base):
        """An absolute URL of sitemap/feed under the base URL must name a file of the site."""
        if not base or not url.startswith(base):
            return
        path = urllib.parse.unquote(url[len(base):].partition('#')[0].partition('?')[0])
        target = self.target('', path) if path else 'index.html'
        if target is None or not os.path.isfile(os.path.join(self.site, target)):
            self.problem(name, '%s names no file of the site' % url)

    def check_xml(self):
        base = self.base_url()
        checked = []
        for name, root_tag in (('sitemap.xml', '{http://www.sitemaps.org/schemas/sitemap/0.9}urlset'),
                               ('feed.xml', '{http://www.w3.org/2005/Atom}feed')):
            path = os.path.join(self.site, name)
            if not os.path.isfile(path):
                self.problem(name, 'missing')
                continue
            try:
                root = ET.parse(path).getroot()
            except ET.ParseError as error:
                self.problem(name, 'not well-formed XML: %s' % error)
                continue
            if root.tag != root_tag:
                self.problem(name, 'root element is %s, expected %s' % (root.tag, root_tag))
            if name == 'sitemap.xml':
                locs = [e.text or '' for e in root.iter('{http://www.sitemaps.org/schemas/sitemap/0.9}loc')]
                if not locs:
                    self.problem(name, 'no <loc> entries')
                for loc in locs:
                    self.check_absolute(name, loc.strip(), base)
                checked.append('%s (%d URLs)' % (name, len(locs)))
            else:
                atom = '{http://www.w3.org/2005/Atom}'
                entries = root.findall(atom + 'entry')
                for entry in entries:
                    for element in ('id', 'title', 'updated'):
                        if entry.find(atom + element) is None:
                            self.problem(name, 'an entry has no <%s>' % element)
                    for link in entry.findall(atom + 'link'):
                        self.check_absolute(name, link.get('href', ''), base)
                for element in ('id', 'title', 'updated'):
                    if root.find(atom + element) is None:
                        self.problem(name, 'the feed has no <%s>' % element)
                checked.append('%s (%d entries)' % (name, len(entries)))
        return checked

    def check_calendar(self):
        name = 'calendar.ics'
        path = os.path.join(self.site, name)
        if not os.path.isfile(path):
            self.problem(name, 'missing')
            return None
        with open(path, 'rb') as f:
            data = f.read()
        try:
            text = data.decode('utf-8')
        except UnicodeDecodeError as error:
            self.problem(name, 'not UTF-8: %s' % error)
            return None
        bare = len(re.findall(r'(?<!\r)\n', text))
        if bare:
            self.problem(name, '%d line(s) end in a bare LF; RFC 5545 needs CRLF' % bare)
        if not text.endswith('\r\n'):
            self.problem(name, 'the last line does not end in CRLF')
        physical = text.replace('\r\n', '\n').split('\n')
        long_lines = [i + 1 for i, l in enumerate(physical) if len(l.encode('utf-8')) > 75]
        if long_lines:
            print('links: warning: calendar.ics lines %s are longer than 75 octets '
                  '(RFC 5545 says they SHOULD be folded)' % long_lines[:10])
        # Unfold: a line starting with a space or tab continues the previous one.
        lines = []
        for line in physical:
            if line[:1] in (' ', '\t') and lines:
                lines[-1] += line[1:]
            elif line:
                lines.append(line)
        if not lines or lines[0] != 'BEGIN:VCALENDAR':
            self.problem(name, 'does not start with BEGIN:VCALENDAR')
        if not lines or lines[-1] != 'END:VCALENDAR':
            self.problem(name, 'does not end with END:VCALENDAR')
        props = lambda block: {l.split(':', 1)[0].split(';', 1)[0].upper() for l in block}
        top = []
        events = []
        current = None
        depth = []
        for number, line in enumerate(lines, 1):
            if line.startswith('BEGIN:'):
                depth.append(line[6:])
                if line == 'BEGIN:VEVENT':
                    current = []
                continue
            if line.startswith('END:'):
                if not depth or depth[-1] != line[4:]:
                    self.problem(name, 'line %d: %s does not close %s' % (number, line, depth[-1] if depth else 'anything'))
                else:
                    depth.pop()
                if line == 'END:VEVENT' and current is not None:
                    events.append(current)
                    current = None
                continue
            if ':' not in line:
                self.problem(name, 'line %d is not NAME:VALUE: %r' % (number, line[:60]))
            if current is not None:
                current.append(line)
            elif depth == ['VCALENDAR']:
                top.append(line)
        for prop in ('VERSION', 'PRODID'):
            if prop not in props(top):
                self.problem(name, 'VCALENDAR has no %s' % prop)
        if not events:
            self.problem(name, 'no VEVENT')
        uids = []
        base = self.base_url()
        for i, event in enumerate(events, 1):
            have = props(event)
            summary = next((l.split(':', 1)[1] for l in event if l.startswith('SUMMARY')), '?')
            for prop in ('UID', 'DTSTAMP', 'DTSTART', 'SUMMARY', 'URL'):
                if prop not in have:
                    self.problem(name, 'VEVENT %d (%s) has no %s' % (i, summary, prop))
            for line in event:
                if line.startswith('UID'):
                    uids.append(line.split(':', 1)[1])
                if line.startswith('URL'):
                    self.check_absolute(name, line.split(':', 1)[1], base)
        if len(set(uids)) != len(uids):
            self.problem(name, 'UIDs are not unique: %s' % uids)
        return len(events)


def main(argv):
    site = argv[1] if len(argv) > 1 else 'public'
    if not os.path.isdir(site):
        print('links: %s is not a folder' % site)
        return 1
    checker = Checker(site)
    files = checker.check_html()
    xml_checked = checker.check_xml()
    events = checker.check_calendar()
    for problem in checker.problems:
        print('links: error: ' + problem)
    c = checker.counts
    if c['folder']:
        print('links: note: %d internal links end in "/" (a folder: fine on a web server, '
              'a folder listing from file://)' % c['folder'])
    print('links: %d HTML files, %d internal links, %d #fragments checked, %d external links '
          'not fetched; %s; calendar.ics %s events: %d problems'
          % (len(files), c['internal'], c['fragments'], c['external'], ', '.join(xml_checked) or 'no XML',
             events if events is not None else 'no', len(checker.problems)))
    return 1 if checker.problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

"""Serves a published folder under a sub-path the way GitHub Pages and GitLab Pages serve a
project site (any missing address answers 404 with the site's 404.html), and opens missing
addresses at several depths in headless Chromium: the 404 page must come with its style, and
every link on it must lead to a page of the site.

usage: python3 notfound.py SITE_DIR BASE_URL      (BASE_URL: http://127.0.0.1:PORT/SUBPATH/)

Needs selenium (pip), chromium and chromium-driver (Debian); uses the helpers of
Tests/SiteChecks/common.py. Exits 1 when a check failed.
"""

import functools
import http.server
import os
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'SiteChecks'))
import common  # noqa: E402


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Files of `site` under `prefix`; anything else is 404 with `site/404.html`."""

    def __init__(self, *args, site, prefix, **kwargs):
        self.prefix = prefix
        super().__init__(*args, directory=site, **kwargs)

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        path = urllib.parse.urlsplit(path).path
        if not path.startswith(self.prefix):
            return os.path.join(self.directory, '\0missing')
        return super().translate_path('/' + path[len(self.prefix):])

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split('?')[0].endswith('/'):
                return super().send_head()
            path = os.path.join(path, 'index.html')
        if not os.path.isfile(path):
            body = open(os.path.join(self.directory, '404.html'), 'rb').read()
            self.send_response(404)
            self.send_header('Content-Type', 'text/html; charset=utf-8')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return None
        return super().send_head()


def status(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: notfound.py SITE_DIR BASE_URL')
    site, base = os.path.abspath(sys.argv[1]), sys.argv[2]
    parts = urllib.parse.urlsplit(base)
    handler = functools.partial(PagesHandler, site=site, prefix=parts.path)
    server = http.server.ThreadingHTTPServer((parts.hostname, parts.port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    failures = []
    driver = common.browser()
    try:
        if status(base) != 200 or status(base + 'no/such/page/') != 404:
            failures.append('the server does not answer as Pages hosts do')
        for missing in ('netu.html', 'lessons/netu/', 'lessons/a/b/c/netu/index.html'):
            url = base + missing
            driver.get(url)
            common.wait_loaded(driver)
            styled = driver.execute_script(
                "const l = document.querySelector('link[rel=stylesheet]');"
                "return !!(l && l.sheet && l.sheet.cssRules.length > 0);")
            links = driver.execute_script(
                "return [...document.querySelectorAll('a[href]')].map(a => a.href)"
                ".filter(h => !h.includes('#'));")
            broken = [link for link in links if status(link) != 200]
            home = driver.find_element('css selector', 'main a.button')
            home.click()
            common.wait_loaded(driver)
            landed = driver.current_url
            print('%s: style %s, %d links, %d broken, home button → %s' % (
                missing, 'applied' if styled else 'MISSING', len(links), len(broken), landed))
            if not styled:
                failures.append(missing + ': the stylesheet did not load')
            if broken or not links:
                failures.append(missing + ': links that lead nowhere: %s' % broken[:5])
            if landed not in (base, base + 'index.html'):
                failures.append(missing + ': the home button leads to ' + landed)
    finally:
        driver.quit()
        server.shutdown()
    for failure in failures:
        print('FAILED: ' + failure)
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()

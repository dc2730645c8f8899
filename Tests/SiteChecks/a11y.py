#!/usr/bin/env python3
"""Accessibility check: axe-core in headless Chromium on every HTML page of a built site, at
375 and 1280 px wide, served by python3 -m http.server on 127.0.0.1.

usage: a11y.py SITE_DIR [--widths 375,1280] [--query дроби]

axe-core: $AXE_JS when set, else axe-core 4.12.1 taken from the wheel of axe-playwright-python
(fetched once with `pip download --no-deps`), else the older axe-core 3.1.1 that
axe-selenium-python bundles (`--axe bundled` forces that one). The search page is checked with a query typed in and its results shown.
Prints each violation (rule id, impact, help, target nodes) and a summary line; exits 1 on
any violation.
"""

import argparse
import os
import subprocess
import sys
import time
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SiteServer, browser, html_files, set_viewport, wait_loaded  # noqa: E402


# axe-core 4.x, from the small wheel of axe-playwright-python (only its axe.min.js is used; the
# package is not installed, so playwright is not needed). axe-selenium-python bundles axe-core
# 3.1.1 (2018), which misses rules such as scrollable-region-focusable: it is the fallback.
AXE_WHEEL = 'axe-playwright-python==0.1.8'  # axe-core 4.12.1


def bundled_axe():
    import axe_selenium_python
    return os.path.join(os.path.dirname(axe_selenium_python.__file__), 'node_modules', 'axe-core', 'axe.min.js')


def fetched_axe():
    """axe.min.js of AXE_WHEEL, downloaded once with pip into a cache folder; None on failure."""
    cache = os.path.join(os.environ.get('XDG_CACHE_HOME') or os.path.expanduser('~/.cache'),
                         'pednet-site-checks', AXE_WHEEL.replace('==', '-'))
    target = os.path.join(cache, 'axe.min.js')
    if os.path.isfile(target):
        return target
    os.makedirs(cache, exist_ok=True)
    for extra in ([], ['--break-system-packages']):
        done = subprocess.run([sys.executable, '-m', 'pip', 'download', '--no-deps', '-q', '-d', cache, AXE_WHEEL] + extra,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if done.returncode == 0:
            break
    for name in os.listdir(cache):
        if name.endswith('.whl'):
            with zipfile.ZipFile(os.path.join(cache, name)) as wheel:
                for member in wheel.namelist():
                    if member.endswith('/axe.min.js'):
                        with open(target + '.tmp', 'wb') as f:
                            f.write(wheel.read(member))
                        os.replace(target + '.tmp', target)
                        return target
    return None


def axe_script(choice):
    """The text of axe.min.js: `choice` is a path, 'bundled' (axe-selenium-python's) or 'auto'
    ($AXE_JS, else axe-core 4 fetched with pip, else the bundled one)."""
    path = choice
    if choice == 'auto':
        path = os.environ.get('AXE_JS') or fetched_axe()
        if not path:
            print('accessibility: note: could not fetch %s; using axe-selenium-python\'s older axe-core' % AXE_WHEEL)
            path = bundled_axe()
    elif choice == 'bundled':
        path = bundled_axe()
    with open(path, encoding='utf-8') as f:
        return f.read()


RUN_AXE = """
var done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']}).then(function (r) {
  done({version: axe.version, violations: r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(function (n) {
              return {target: n.target, html: n.html, summary: n.failureSummary};
            })};
  })});
}, function (e) { done({error: String(e)}); });
"""


def wait_for_search(driver, timeout=10):
    """Waits until the search page shows its status (results or 'nothing found')."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        status = driver.execute_script(
            "var s = document.querySelector('#search .search-status'); return s ? s.textContent : null")
        if status is None or status.strip():
            return
        time.sleep(0.1)


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument('site')
    parser.add_argument('--widths', default='375,1280')
    parser.add_argument('--query', default='дроби')
    parser.add_argument('--axe', default='auto', help="'auto', 'bundled' or the path of an axe.min.js")
    args = parser.parse_args(argv[1:])
    widths = [int(w) for w in args.widths.split(',')]
    pages = html_files(args.site)
    if not pages:
        print('accessibility: no HTML files in %s' % args.site)
        return 1
    script = axe_script(args.axe)
    failures = 0
    views = 0
    version = '?'
    started = time.time()
    with SiteServer(args.site) as server:
        driver = browser(widths[0], 900)
        try:
            for width in widths:
                set_viewport(driver, width, 900)
                for rel in pages:
                    url = rel
                    if rel == 'search/index.html':
                        url = rel + '?q=' + args.query
                    driver.get(server.url(url))
                    wait_loaded(driver)
                    if rel == 'search/index.html':
                        wait_for_search(driver)
                    driver.execute_script(script)
                    result = driver.execute_async_script(RUN_AXE)
                    views += 1
                    if result.get('error'):
                        failures += 1
                        print('accessibility: error: %s at %d px: axe failed: %s' % (url, width, result['error']))
                        continue
                    version = result.get('version', version)
                    for v in result['violations']:
                        failures += 1
                        print('accessibility: violation: %s at %d px: %s (%s): %s [%s]'
                              % (url, width, v['id'], v['impact'], v['help'], v['helpUrl']))
                        for node in v['nodes'][:10]:
                            print('    %s  %s' % (' '.join(map(str, node['target'])), ' '.join(node['html'].split())[:160]))
                            if node.get('summary'):
                                print('      ' + node['summary'].replace('\n', '\n      ')[:400])
                        if len(v['nodes']) > 10:
                            print('    … and %d more nodes' % (len(v['nodes']) - 10))
        finally:
            driver.quit()
    print('accessibility: axe-core %s on %d pages at %s px (%d page views, %.0f s): %d violations'
          % (version, len(pages), ' and '.join(map(str, widths)), views, time.time() - started, failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

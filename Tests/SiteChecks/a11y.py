#!/usr/bin/env python3
"""Accessibility check: axe-core in headless Chromium on every HTML page of a built site, at
375 and 1280 px wide, served by python3 -m http.server on 127.0.0.1.

usage: a11y.py SITE_DIR [--widths 375,1280] [--query дроби]

axe-core is the axe.min.js bundled with the PyPI package axe-selenium-python (or the file
named by $AXE_JS). The search page is checked with a query typed in and its results shown.
Prints each violation (rule id, impact, help, target nodes) and a summary line; exits 1 on
any violation.
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SiteServer, browser, html_files, set_viewport, wait_loaded  # noqa: E402


def axe_script():
    path = os.environ.get('AXE_JS')
    if not path:
        import axe_selenium_python
        path = os.path.join(os.path.dirname(axe_selenium_python.__file__),
                            'node_modules', 'axe-core', 'axe.min.js')
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
    args = parser.parse_args(argv[1:])
    widths = [int(w) for w in args.widths.split(',')]
    pages = html_files(args.site)
    if not pages:
        print('accessibility: no HTML files in %s' % args.site)
        return 1
    script = axe_script()
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
                            print('    %s  %s' % (' '.join(map(str, node['target'])), node['html'][:160]))
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

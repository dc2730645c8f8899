#!/usr/bin/env python3
"""Screenshots of a built site in headless Chromium, for people to look at.

usage: screenshots.py SITE_DIR OUT_DIR [--widths 375,1280]

Takes the home page, the lesson lessons/slozhenie-drobey/, the first portfolio in
portfolios/, the network map set/ and the newest yearly report report/*/ at each width, the full page height (capped at 4000 px), as
OUT_DIR/home-375.png, home-1280.png, lesson-375.png, …, report-1280.png.
Fails when a page is missing or the browser cannot take it.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SiteServer, browser, set_viewport, wait_loaded  # noqa: E402

MAX_HEIGHT = 4000


def first_portfolio(site):
    folder = os.path.join(site, 'portfolios')
    if not os.path.isdir(folder):
        return None
    for name in sorted(os.listdir(folder)):
        if name != 'page' and os.path.isfile(os.path.join(folder, name, 'index.html')):
            return 'portfolios/%s/index.html' % name
    return None


def newest_report(site):
    folder = os.path.join(site, 'report')
    if not os.path.isdir(folder):
        return None
    years = sorted(name for name in os.listdir(folder)
                   if os.path.isfile(os.path.join(folder, name, 'index.html')))
    return 'report/%s/index.html' % years[-1] if years else None


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument('site')
    parser.add_argument('out')
    parser.add_argument('--widths', default='375,1280')
    args = parser.parse_args(argv[1:])
    widths = [int(w) for w in args.widths.split(',')]
    shots = [('home', 'index.html'), ('lesson', 'lessons/slozhenie-drobey/index.html'),
             ('portfolio', first_portfolio(args.site)), ('network', 'set/index.html'),
             ('report', newest_report(args.site))]
    problems = []
    written = []
    os.makedirs(args.out, exist_ok=True)
    with SiteServer(args.site) as server:
        driver = browser(widths[0], 900)
        try:
            for name, rel in shots:
                if not rel or not os.path.isfile(os.path.join(args.site, rel)):
                    problems.append('%s page %s not found in the site' % (name, rel or 'portfolios/*/'))
                    continue
                for width in widths:
                    set_viewport(driver, width, 900)
                    driver.get(server.url(rel))
                    wait_loaded(driver)
                    height = driver.execute_script(
                        'return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)')
                    set_viewport(driver, width, min(max(int(height), 200), MAX_HEIGHT))
                    # Let layout settle after the resize (fonts, reflow).
                    driver.execute_async_script(
                        'var d = arguments[0]; requestAnimationFrame(function () { requestAnimationFrame(d); });')
                    overflow = driver.execute_script(
                        'return document.documentElement.scrollWidth - document.documentElement.clientWidth')
                    path = os.path.join(args.out, '%s-%d.png' % (name, width))
                    if not driver.save_screenshot(path):
                        problems.append('could not save %s' % path)
                        continue
                    written.append(path)
                    note = ''
                    if overflow > 0:
                        note = ' (page is %d px wider than the viewport: horizontal scrolling)' % overflow
                        problems.append('%s at %d px scrolls sideways by %d px' % (rel, width, overflow))
                    print('screenshots: %s, %d px wide, %d px tall%s' % (path, width, min(height, MAX_HEIGHT), note))
        finally:
            driver.quit()
    for problem in problems:
        print('screenshots: error: ' + problem)
    print('screenshots: %d PNG files written to %s: %d problems' % (len(written), args.out, len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

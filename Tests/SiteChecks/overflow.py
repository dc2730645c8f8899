#!/usr/bin/env python3
"""No page scrolls sideways on a small phone: every HTML page of a built site is opened in
headless Chromium 360 px wide, and the page fails when anything makes it wider than the
screen (a long address, a table, a formula that should scroll in its own box). The widest
elements are named.

usage: overflow.py SITE_DIR [--width 360]
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SiteServer, browser, html_files, wait_loaded  # noqa: E402

# The elements that stick out past the right edge of the screen, outermost first, skipping
# those inside a box that scrolls or clips (they are reached by scrolling that box).
WIDEST = """
const width = document.documentElement.clientWidth;
const found = [];
for (const el of document.body.querySelectorAll('*')) {
  const box = el.getBoundingClientRect();
  if (box.right <= width + 1 || box.width === 0) continue;
  let inside = false;
  for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
    const style = getComputedStyle(up);
    if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) { inside = true; break; }
  }
  if (inside) continue;
  const name = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
    ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  found.push(name + ' ' + Math.round(box.right) + ' px');
  if (found.length >= 5) break;
}
return [document.documentElement.scrollWidth, width, found];
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('site')
    parser.add_argument('--width', type=int, default=360)
    args = parser.parse_args()
    pages = html_files(args.site)
    problems = 0
    driver = browser(args.width, 800)
    try:
        with SiteServer(args.site) as server:
            for rel in pages:
                driver.get(server.url(rel))
                wait_loaded(driver)
                scroll, width, widest = driver.execute_script(WIDEST)
                if scroll > width:
                    problems += 1
                    print(f'overflow: {rel}: {scroll} px wide on a {width} px screen: '
                          + ', '.join(widest))
    finally:
        driver.quit()
    print(f'overflow: {len(pages)} pages at {args.width} px: {problems} scroll sideways')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

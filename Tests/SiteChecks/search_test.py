#!/usr/bin/env python3
"""The search of a built demo site, used as a person would, in headless Chromium.

usage: search_test.py SITE_DIR [--mode http|file|both]

The site is opened twice: served by `python3 -m http.server` on 127.0.0.1 (a free port, started
and stopped here) and straight from disk as file:// (how it opens from a USB stick). In each,
queries are typed into the search page's box with send_keys, and the first result's link,
the highlighted words, the filters and the Russian plural of the status line are checked;
a query typed into the header's search box of another page must lead to the search page
with results; a result's link must open its page.

The expected results are those of the demo content in content/ (see CASES).
Prints `search browser test: N passed, M failed`; exits 1 when any case fails.
"""

import argparse
import json
import os
import re
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SiteServer, browser, file_url, wait_loaded  # noqa: E402

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

SEARCH_PAGE = 'search/index.html'

# (query typed into the search page, the URL(s) one of which must be the first result,
#  words that must be highlighted with <mark> in the first result's title)
CASES = [
    ('сложение дробей', ['lessons/slozhenie-drobey/'], ['сложение', 'дробей']),
    # Word forms that differ from the title's: «дробями» finds «Сложение дробей …».
    ('дробями', ['lessons/slozhenie-drobey/'], ['дробей']),
    ('алгоритмы', ['lessons/algoritmy-s-vetvleniem/'], ['алгоритмы']),
    ('причастными оборотами', ['lessons/prichastnyy-oborot/'], ['причастный', 'оборот']),
    ('прорастанию семян', ['lessons/prorastanie-semyan/'], ['прорастания', 'семян']),
    # An unfinished last word is a prefix while typing: «проце» → «Проценты вокруг нас».
    ('проце', ['lessons/protsenty-v-elektronnykh-tablitsakh/'], ['проценты']),
    # A Latin word beside a Russian one: «Python» is in the lesson's summary, «ветвление» in its title.
    ('Python ветвление', ['lessons/algoritmy-s-vetvleniem/'], ['ветвлением']),
]

# (query, every page it must find, and no other): the three pages that mention Python.
EXACT = [
    ('python', ['lessons/algoritmy-s-vetvleniem/', 'olympiads/informatika-munitsipalnyy-etap/',
                'portfolios/shcherbakov-aleksey/']),
]


class Failure(Exception):
    pass


def ru_plural(n):
    """CLDR plural category of `n` in Russian (integers): one, few or many."""
    if n % 10 == 1 and n % 100 != 11:
        return 'one'
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 'few'
    return 'many'


RU_NOUN = {'one': 'материал', 'few': 'материала', 'many': 'материалов'}

SNAPSHOT = """
var box = document.getElementById('search');
if (!box) return null;
var status = box.querySelector('.search-status');
var more = box.querySelector('.search-more');
var items = Array.prototype.slice.call(box.querySelectorAll('ol.search-results > li.search-result'));
return {
  url: location.href,
  status: status ? status.textContent.trim() : null,
  more: !!(more && !more.hidden),
  filtersHidden: !!(box.querySelector('.search-filters') || {}).hidden,
  data: {one: box.dataset.foundOne, few: box.dataset.foundFew, many: box.dataset.foundMany,
         nothing: box.dataset.nothing, error: box.dataset.error, olympiad: box.dataset.kindOlympiad,
         corrected: box.dataset.corrected},
  results: items.map(function (li) {
    var a = li.querySelector('h2 > a.search-result-title');
    var kind = li.querySelector('.search-result-kind');
    return {
      href: a ? a.href : null,
      title: a ? a.textContent : null,
      marks: a ? Array.prototype.map.call(a.querySelectorAll('mark'), function (m) { return m.textContent; }) : [],
      snippetMarks: Array.prototype.map.call(li.querySelectorAll('p.search-result-snippet mark'), function (m) { return m.textContent; }),
      kind: kind ? kind.textContent : null
    };
  })
};
"""


class Session:
    """One way of opening the site (http or file) and one browser."""

    def __init__(self, name, driver, url):
        self.name = name
        self.driver = driver
        self.url = url  # url(rel) → absolute URL of a file of the site

    def snapshot(self):
        return self.driver.execute_script(SNAPSHOT)

    def open(self, rel):
        self.driver.get(self.url(rel))
        wait_loaded(self.driver)

    def settled(self, timeout=10, want_results=None):
        """Waits until the search page shows a status and nothing on it changes for 0.6 s."""
        deadline = time.time() + timeout
        last, since = None, time.time()
        while time.time() < deadline:
            snap = self.snapshot()
            key = json.dumps(snap, sort_keys=True)
            if key != last:
                last, since = key, time.time()
            elif snap and snap['status'] and time.time() - since >= 0.6:
                if snap['status'] == snap['data']['error']:
                    raise Failure('the search says: %s' % snap['status'])
                return snap
            time.sleep(0.1)
        raise Failure('no settled search results within %d s; last state: %s' % (timeout, last))

    def expect_url(self, href, rels):
        """`href` (absolute) is the page `rel` (a folder URL such as lessons/x/) of the site."""
        for rel in rels:
            base = self.url(rel)
            if href in (base, base + 'index.html'):
                return True
        return False

    def console_errors(self):
        try:
            logs = self.driver.get_log('browser')
        except Exception:  # some drivers do not keep logs
            return []
        return [e['message'] for e in logs if e.get('level') == 'SEVERE']


def check_status(snap):
    """The status line states the number of results with the right Russian plural."""
    n = len(snap['results'])
    status = snap['status']
    if n == 0:
        if status != snap['data']['nothing']:
            raise Failure('no results, but the status is %r, not %r' % (status, snap['data']['nothing']))
        return
    m = re.search(r'(\d+)', status)
    if not m:
        raise Failure('status %r has no number' % status)
    count = int(m.group(1))
    if not snap['more'] and count != n:
        raise Failure('status %r, but %d results are shown' % (status, n))
    category = ru_plural(count)
    template = snap['data'][category] or ''
    expected = template.replace('{count}', str(count)).replace('{n}', str(count))
    if status != expected:
        raise Failure('status %r, expected %r (plural %s of %d)' % (status, expected, category, count))
    if not re.search(r'\b%d %s\b' % (count, RU_NOUN[category]), status):
        raise Failure('status %r: %d needs «%s»' % (status, count, RU_NOUN[category]))


def first_result(session, snap, expected, marks):
    if not snap['results']:
        raise Failure('no results; status %r' % snap['status'])
    first = snap['results'][0]
    if not session.expect_url(first['href'], expected):
        raise Failure('first result is %s (%r), expected %s; all: %s' % (
            first['href'], first['title'], ' or '.join(expected),
            [r['href'].rsplit('/', 3)[-3:-1] for r in snap['results']][:6]))
    got = [m.lower() for m in first['marks']]
    for word in marks:
        if word.lower() not in got:
            raise Failure('first result title %r: %r is not highlighted (marked: %s)' % (first['title'], word, first['marks']))
    return first


def type_into(element, text):
    element.click()
    element.send_keys(text)


def case_typed(session, query, expected, marks):
    session.open(SEARCH_PAGE)
    box = session.driver.find_element(By.CSS_SELECTOR, '#search input[name="q"]')
    type_into(box, query)
    snap = session.settled()
    first_result(session, snap, expected, marks)
    check_status(snap)
    if 'Python' in query:
        if not any('python' == m.lower() for r in snap['results'] for m in r['snippetMarks'] + r['marks']):
            raise Failure('«Python» is highlighted in no result')


def case_exact(session, query, expected):
    """`query` finds exactly the pages `expected`, in any order."""
    session.open(SEARCH_PAGE)
    box = session.driver.find_element(By.CSS_SELECTOR, '#search input[name="q"]')
    type_into(box, query)
    snap = session.settled()
    check_status(snap)
    found = [r['href'] for r in snap['results']]
    missing = [rel for rel in expected if not any(session.expect_url(h, [rel]) for h in found)]
    extra = [h for h in found if not session.expect_url(h, expected)]
    if missing or extra:
        raise Failure('%r: missing %s, unexpected %s' % (query, missing, extra))


def case_keyboard_and_follow(session):
    """Arrow down from the box focuses the first result; following it opens the lesson."""
    session.open(SEARCH_PAGE)
    box = session.driver.find_element(By.CSS_SELECTOR, '#search input[name="q"]')
    type_into(box, 'сложение дробей')
    snap = session.settled()
    first_result(session, snap, ['lessons/slozhenie-drobey/'], [])
    box.send_keys(Keys.ARROW_DOWN)
    focused = session.driver.execute_script(
        'var a = document.activeElement; return a && a.classList.contains("search-result-title") ? a.href : null')
    if focused != snap['results'][0]['href']:
        raise Failure('ArrowDown in the box focused %r, not the first result' % focused)
    session.driver.switch_to.active_element.send_keys(Keys.ENTER)
    deadline = time.time() + 10
    while time.time() < deadline and 'search/' in session.driver.current_url:
        time.sleep(0.1)
    wait_loaded(session.driver)
    h1 = session.driver.execute_script('var h = document.querySelector("h1"); return h ? h.textContent : ""')
    if 'Сложение дробей' not in h1:
        raise Failure('following the first result opened %s, whose h1 is %r (a folder listing?)'
                      % (session.driver.current_url, h1[:80]))


def case_filter(session):
    """Kind = olympiad narrows the results of a query to olympiad guides only."""
    session.open(SEARCH_PAGE)
    box = session.driver.find_element(By.CSS_SELECTOR, '#search input[name="q"]')
    type_into(box, 'задачи')
    before = session.settled()
    check_status(before)
    if before['filtersHidden']:
        raise Failure('the filters stay hidden after the index loaded')
    olympiad = lambda r: '/olympiads/' in r['href']
    if all(olympiad(r) for r in before['results']):
        raise Failure('«задачи» finds only olympiad guides even before filtering: %s' % [r['href'] for r in before['results']])
    Select(session.driver.find_element(By.CSS_SELECTOR, '#search select[name="kind"]')).select_by_value('olympiad')
    after = session.settled()
    check_status(after)
    if not after['results']:
        raise Failure('kind=olympiad leaves no results for «задачи»')
    wrong = [r['href'] for r in after['results'] if not olympiad(r)]
    if wrong:
        raise Failure('kind=olympiad still shows %s' % wrong)
    labels = {r['kind'] for r in after['results']}
    if labels != {after['data']['olympiad']}:
        raise Failure('kind labels of filtered results are %s, expected %r' % (labels, after['data']['olympiad']))
    if len(after['results']) >= len(before['results']):
        raise Failure('the filter did not narrow the results (%d → %d)' % (len(before['results']), len(after['results'])))


def case_filter_only(session, site):
    """?kind=olympiad with no words lists every olympiad guide; the status says «N материала»."""
    session.open(SEARCH_PAGE + '?kind=olympiad')
    snap = session.settled()
    check_status(snap)
    folder = os.path.join(site, 'olympiads')
    expected = sorted(n for n in os.listdir(folder)
                      if n != 'page' and os.path.isfile(os.path.join(folder, n, 'index.html')))
    got = sorted(r['href'].rstrip('/').replace('/index.html', '').rsplit('/', 1)[-1] for r in snap['results'])
    if got != expected:
        raise Failure('kind=olympiad lists %s, expected %s' % (got, expected))
    value = session.driver.execute_script('return document.querySelector(\'#search select[name="kind"]\').value')
    if value != 'olympiad':
        raise Failure('the kind select shows %r, not the ?kind=olympiad of the address' % value)


def case_query_in_url(session):
    """search/index.html?q=дроби shows results on load, the box holds the query."""
    session.open(SEARCH_PAGE + '?q=дроби')
    snap = session.settled()
    first_result(session, snap, ['lessons/slozhenie-drobey/'], ['дробей'])
    check_status(snap)
    value = session.driver.find_element(By.CSS_SELECTOR, '#search input[name="q"]').get_attribute('value')
    if value != 'дроби':
        raise Failure('the box holds %r, not the query of the address' % value)


def case_nothing(session):
    session.open(SEARCH_PAGE)
    box = session.driver.find_element(By.CSS_SELECTOR, '#search input[name="q"]')
    type_into(box, 'ъхъхъх')
    snap = session.settled()
    if snap['results']:
        raise Failure('nonsense found %d results' % len(snap['results']))
    check_status(snap)


def case_header_box(session):
    """The header's search box of a lesson page leads to the search page with results."""
    session.open('lessons/algoritmy-s-vetvleniem/index.html')
    boxes = session.driver.find_elements(By.CSS_SELECTOR, 'header form.search-box input[name="q"]')
    if not boxes:
        raise Failure('no header search box (header form.search-box input[name=q]) on the lesson page')
    type_into(boxes[0], 'процентами')
    boxes[0].send_keys(Keys.ENTER)
    deadline = time.time() + 10
    while time.time() < deadline and SEARCH_PAGE not in session.driver.current_url:
        time.sleep(0.1)
    if SEARCH_PAGE not in session.driver.current_url:
        raise Failure('submitting the header box went to %s' % session.driver.current_url)
    wait_loaded(session.driver)
    snap = session.settled()
    first_result(session, snap, ['lessons/protsenty-v-elektronnykh-tablitsakh/'], ['проценты'])
    check_status(snap)
    value = session.driver.find_element(By.CSS_SELECTOR, '#search input[name="q"]').get_attribute('value')
    if value != 'процентами':
        raise Failure('the search page box holds %r after the header search' % value)


def hrefs_for(session, query, how):
    """The result links of `query` entered `how`: typed, typed then Enter, or in ?q=."""
    if how == 'url':
        session.open(SEARCH_PAGE + '?q=' + query)
        return [r['href'] for r in session.settled()['results']]
    session.open(SEARCH_PAGE)
    box = session.driver.find_element(By.CSS_SELECTOR, '#search input[name="q"]')
    type_into(box, query)
    if how == 'enter':
        box.send_keys(Keys.ENTER)
    return [r['href'] for r in session.settled()['results']]


def case_one_meaning(session):
    """«олимп» gives the same pages typed, after Enter and from ?q= (the last word a prefix)."""
    typed, entered, url = (hrefs_for(session, 'олимп', how) for how in ('typed', 'enter', 'url'))
    if not typed:
        raise Failure('«олимп» typed finds nothing')
    if not (typed == entered == url):
        raise Failure('«олимп»: typed %s, Enter %s, ?q= %s' % (typed, entered, url))


def case_typo(session):
    """«олимпиадда» (a typo) finds olympiad guides and the status says it was corrected."""
    session.open(SEARCH_PAGE + '?q=олимпиадда')
    snap = session.settled()
    if not any('/olympiads/' in r['href'] for r in snap['results']):
        raise Failure('«олимпиадда» finds no olympiad guide: %s' % [r['href'] for r in snap['results']])
    if not snap['data'].get('corrected') or not snap['status'].startswith(snap['data']['corrected']):
        raise Failure('the status %r does not say the query was corrected' % snap['status'])


def case_surname(session):
    """A teacher's surname finds her lessons, not only her portfolio."""
    session.open(SEARCH_PAGE + '?q=Лаврентьева')
    snap = session.settled()
    found = [r['href'] for r in snap['results']]
    for rel in ('portfolios/lavrenteva-irina/', 'lessons/slozhenie-drobey/'):
        if not any(session.expect_url(h, [rel]) for h in found):
            raise Failure('«Лаврентьева» does not find %s: %s' % (rel, found))


def case_level_filter(session):
    """The olympiad level filter lists the levels of the site and narrows to them."""
    session.open(SEARCH_PAGE + '?q=задачи')
    session.settled()
    select = session.driver.find_element(By.CSS_SELECTOR, '#search select[name="level"]')
    values = [o.get_attribute('value') for o in select.find_elements(By.TAG_NAME, 'option')]
    if 'региональный' not in values:
        raise Failure('the level filter offers %s' % values)
    Select(select).select_by_value('региональный')
    snap = session.settled()
    wrong = [r['href'] for r in snap['results'] if '/olympiads/' not in r['href']]
    if not snap['results'] or wrong:
        raise Failure('level=региональный shows %s' % [r['href'] for r in snap['results']])


def run_session(session, site):
    tests = [('%s: %r' % (session.name, q), lambda q=q, e=e, m=m: case_typed(session, q, e, m)) for q, e, m in CASES]
    tests += [('%s: %r finds exactly %d pages' % (session.name, q, len(e)), lambda q=q, e=e: case_exact(session, q, e))
              for q, e in EXACT]
    tests += [
        ('%s: arrow down and follow the first result' % session.name, lambda: case_keyboard_and_follow(session)),
        ('%s: kind filter narrows «задачи» to olympiads' % session.name, lambda: case_filter(session)),
        ('%s: ?kind=olympiad alone lists every olympiad guide' % session.name, lambda: case_filter_only(session, site)),
        ('%s: ?q=дроби in the address' % session.name, lambda: case_query_in_url(session)),
        ('%s: nothing found' % session.name, lambda: case_nothing(session)),
        ('%s: header search box on a lesson page' % session.name, lambda: case_header_box(session)),
        ('%s: typing, Enter and ?q= mean the same' % session.name, lambda: case_one_meaning(session)),
        ('%s: a typo is corrected' % session.name, lambda: case_typo(session)),
        ('%s: a surname finds her lessons' % session.name, lambda: case_surname(session)),
        ('%s: level filter' % session.name, lambda: case_level_filter(session)),
    ]
    passed = failed = 0
    for name, test in tests:
        session.console_errors()  # drop what earlier tests left
        try:
            test()
            errors = session.console_errors()
            if errors:
                raise Failure('browser console errors: %s' % errors[:5])
            passed += 1
            print('search: ok: %s' % name)
        except Failure as error:
            failed += 1
            print('search: FAIL: %s: %s' % (name, error))
        except Exception as error:  # a selenium error: report it as this case's failure
            failed += 1
            print('search: FAIL: %s: %s: %s' % (name, type(error).__name__, str(error).splitlines()[0] if str(error) else ''))
            traceback.print_exc(limit=2, file=sys.stdout)
    return passed, failed


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument('site')
    parser.add_argument('--mode', choices=['http', 'file', 'both'], default='both')
    args = parser.parse_args(argv[1:])
    site = os.path.abspath(args.site)
    if not os.path.isfile(os.path.join(site, SEARCH_PAGE)):
        print('search: error: %s has no %s' % (args.site, SEARCH_PAGE))
        print('search browser test: 0 passed, 1 failed')
        return 1
    passed = failed = 0
    driver = browser(1280, 900)
    try:
        if args.mode in ('http', 'both'):
            with SiteServer(site) as server:
                p, f = run_session(Session('http', driver, server.url), site)
                passed, failed = passed + p, failed + f
        if args.mode in ('file', 'both'):
            p, f = run_session(Session('file', driver, lambda rel: file_url(site, rel)), site)
            passed, failed = passed + p, failed + f
    finally:
        driver.quit()
    print('search browser test: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

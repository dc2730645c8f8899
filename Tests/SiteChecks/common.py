"""Shared helpers of the site checks: the site's pages, a local HTTP server, headless Chromium.

Standard library only, except `browser()` which needs selenium (imported there).
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse


def html_files(site):
    """Every .html file of the site, as paths relative to `site` with '/' separators, sorted."""
    found = []
    for folder, dirs, files in os.walk(site):
        dirs.sort()
        for name in files:
            if name.endswith('.html'):
                rel = os.path.relpath(os.path.join(folder, name), site)
                found.append(rel.replace(os.sep, '/'))
    return sorted(found)


def file_url(site, rel=''):
    """The file:// URL of `rel` inside `site` (query strings may follow `rel` after '?')."""
    path, _, query = rel.partition('?')
    url = 'file://' + urllib.parse.quote(os.path.join(os.path.abspath(site), path))
    if rel.endswith('/') and not url.endswith('/'):
        url += '/'
    return url + ('?' + query if query else '')


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


class SiteServer:
    """`python3 -m http.server` on 127.0.0.1 and a free port, serving `site`; a context manager
    that starts it, waits until it answers, and stops it (only the process it started)."""

    def __init__(self, site):
        self.site = os.path.abspath(site)
        self.process = None
        self.port = None

    def __enter__(self):
        for _ in range(5):
            self.port = free_port()
            self.process = subprocess.Popen(
                [sys.executable, '-m', 'http.server', str(self.port), '--bind', '127.0.0.1',
                 '--directory', self.site],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.time() + 10
            while time.time() < deadline and self.process.poll() is None:
                try:
                    with socket.create_connection(('127.0.0.1', self.port), timeout=0.5):
                        return self
                except OSError:
                    time.sleep(0.1)
            self._stop()
        raise RuntimeError('could not start python3 -m http.server on 127.0.0.1')

    def url(self, rel=''):
        return 'http://127.0.0.1:%d/%s' % (self.port, urllib.parse.quote(rel, safe='/?=&#%'))

    def _stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __exit__(self, *exc):
        self._stop()
        return False


def _find(names, candidates):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    for path in candidates:
        if os.path.exists(path):
            return path
    return None


def chromium_binary():
    """The Chromium executable ($CHROMIUM, or Debian's chromium)."""
    chromium = os.environ.get('CHROMIUM') or _find(
        ['chromium', 'chromium-browser', 'google-chrome'], ['/usr/lib/chromium/chromium'])
    if not chromium:
        raise RuntimeError('chromium is needed (apt-get install chromium)')
    return chromium


def browser(width=1280, height=900):
    """Headless Chromium (Debian's chromium + chromium-driver) through selenium, with the
    viewport set to `width` × `height` CSS pixels."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium = chromium_binary()
    driver_path = os.environ.get('CHROMEDRIVER') or _find(
        ['chromedriver'], ['/usr/lib/chromium/chromedriver', '/usr/bin/chromedriver'])
    if not chromium or not driver_path:
        raise RuntimeError('chromium and chromedriver are needed (apt-get install chromium chromium-driver)')
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ('--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu',
                '--hide-scrollbars', '--lang=ru-RU', '--window-size=%d,%d' % (width, height),
                '--disable-extensions', '--no-first-run', '--no-default-browser-check'):
        options.add_argument(arg)
    options.add_experimental_option('prefs', {'intl.accept_languages': 'ru-RU,ru'})
    options.set_capability('goog:loggingPrefs', {'browser': 'ALL'})
    # Selenium Manager must not try to download a driver: there is no network for that.
    service = Service(executable_path=driver_path, log_output=subprocess.DEVNULL)
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    set_viewport(driver, width, height)
    return driver


def set_viewport(driver, width, height):
    """Emulates a viewport of exactly `width` × `height` CSS pixels (a phone below 600 px: the
    page's meta viewport applies, as on a real phone)."""
    driver.execute_cdp_cmd('Emulation.setDeviceMetricsOverride', {
        'width': int(width), 'height': int(height), 'deviceScaleFactor': 1,
        'mobile': width < 600,
    })


def wait_loaded(driver, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if driver.execute_script('return document.readyState') == 'complete':
            return
        time.sleep(0.05)

"""Lesson plans print well: a long lesson (Tests/Fixtures/print) is printed to PDF by
headless Chromium (--print-to-pdf), and the PDF's text, page by page (pdftotext), shows that
no table row and no display formula is cut between two pages and that links print their
address. A control run prints the same page with table rows made breakable and must find
cuts, so that the check itself is shown to see them.

usage: python3 Tests/SiteChecks/print_test.py SITE_DIR   (the fixture built into SITE_DIR)
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

from common import chromium_binary

PAGE = 'lessons/plan-dlya-pechati/index.html'
ADDRESSES = ['https://example.org/uchebnik/glava-3', 'https://example.org/zadachnik']


def pdf_pages(html: pathlib.Path) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        pdf = pathlib.Path(folder) / 'lesson.pdf'
        subprocess.run(
            [chromium_binary(), '--headless', '--no-sandbox', '--disable-gpu',
             '--no-pdf-header-footer', f'--print-to-pdf={pdf}', html.as_uri()],
            check=True, capture_output=True, timeout=120)
        text = subprocess.run(
            ['pdftotext', '-layout', str(pdf), '-'], check=True, capture_output=True,
            text=True, timeout=60).stdout
    return text.split('\f')


def page_of(pages: list[str], marker: str) -> int | None:
    for number, text in enumerate(pages, 1):
        if marker in text:
            return number
    return None


BREAKABLE = """
@media print {
  main table, main tbody, main tr, main td, main th { display: block !important; }
  main tr { break-inside: auto !important; }
}
"""


def cuts(pages: list[str]) -> tuple[list[str], int]:
    """The rows and formulas cut between pages (or missing), and how many were checked."""
    problems = []
    blocks = 0
    for kind, count in (('СТРОКА', 60), ('ФОРМУЛА', 16)):
        for i in range(1, count + 1):
            label = f'{i:02d}' if kind == 'СТРОКА' else str(i)
            start = page_of(pages, f'{kind}{label}НАЧАЛО')
            end = page_of(pages, f'{kind}{label}КОНЕЦ')
            blocks += 1
            if start is None or end is None:
                problems.append(f'{kind.lower()} {label}: not found in the PDF text')
            elif start != end:
                problems.append(f'{kind.lower()} {label}: cut between pages {start} and {end}')
    return problems, blocks


def control_cuts(site: pathlib.Path) -> int:
    """Cuts found in the same page printed with breakable table rows."""
    with tempfile.TemporaryDirectory() as folder:
        copy = pathlib.Path(folder) / 'site'
        shutil.copytree(site, copy)
        with open(copy / 'style.css', 'a', encoding='utf-8') as css:
            css.write(BREAKABLE)
        return len(cuts(pdf_pages(copy / PAGE))[0])


def main() -> int:
    site = pathlib.Path(sys.argv[1]).resolve()
    pages = pdf_pages(site / PAGE)
    problems, blocks = cuts(pages)
    flat = re.sub(r'\s+', '', ''.join(pages))
    for address in ADDRESSES:
        if address not in flat:
            problems.append(f'the link address {address} is not printed')
    for problem in problems:
        print(f'print: {problem}')
    printed = sum(1 for text in pages if text.strip())
    if printed < 3:
        problems.append(f'only {printed} printed pages: the check needs rows near page ends')
        print(f'print: {problems[-1]}')
    control = control_cuts(site)
    if control == 0:
        problems.append('the control run with breakable rows found no cut: the check is blind')
        print(f'print: {problems[-1]}')
    print(f'print: {PAGE} on {printed} PDF pages: {blocks} rows and formulas checked,'
          f' {len(ADDRESSES)} addresses, {len(problems)} problems'
          f' (control with breakable rows: {control} cuts seen)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

"""Every seminar's own calendar (`event.ics` beside its page) and `calendar.ics`, read by a real
iCalendar parser (the `icalendar` package): one event each, with a start, a summary, a UID
and a stamp; every seminar page that links «Добавить в календарь» points at a file that exists.

usage: python3 Tests/SiteChecks/ics_check.py SITE_DIR
"""

import os
import re
import sys

import icalendar


def events(path):
    with open(path, 'rb') as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    return [part for part in calendar.walk() if part.name == 'VEVENT']


def main(site):
    problems = []
    event_files = []
    for folder, dirs, files in os.walk(site):
        dirs.sort()
        if 'event.ics' in files:
            event_files.append(os.path.join(folder, 'event.ics'))
    for path in sorted(event_files):
        rel = os.path.relpath(path, site)
        found = events(path)
        if len(found) != 1:
            problems.append(f'{rel}: {len(found)} events, expected 1')
            continue
        event = found[0]
        for field in ('DTSTART', 'SUMMARY', 'UID', 'DTSTAMP'):
            if event.get(field) is None:
                problems.append(f'{rel}: no {field}')
        page = os.path.join(os.path.dirname(path), 'index.html')
        if not os.path.exists(page):
            problems.append(f'{rel}: no page beside it')
        else:
            with open(page, encoding='utf-8') as f:
                if not re.search(r'href="event\.ics"', f.read()):
                    problems.append(f'{rel}: its page does not link to it')
    whole = os.path.join(site, 'calendar.ics')
    total = len(events(whole)) if os.path.exists(whole) else 0
    if total != len(event_files):
        problems.append(f'calendar.ics has {total} events, the seminars {len(event_files)} files')
    for problem in problems:
        print('ics-check: ' + problem)
    print(f'ics-check: {len(event_files)} event files and calendar.ics parsed, '
          f'{len(problems)} problems')
    return 1 if problems or not event_files else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'public'))

# The cases of Tests/Hostile/run.sh. Each entry: name|expected exit code|message (regular
# expression, empty for none)|time limit in seconds (default 2). Each `case_NAME` runs in
# the site folder and writes the hostile content; an optional `check_NAME` checks the output.

# A page `content/notes/$1.md` whose body is the standard input.
page() { { printf -- '---\ntitle: Страница\n---\n'; cat; } > "content/notes/$1.md"; }
# Python one-liner output, for sizes bash is slow at.
py() { python3 -c "import sys; sys.stdout.write($1)"; }

CASES=(
  # Markdown shapes that were quadratic or worse in our passes or in libcmark 0.30.
  "unclosed-links|0||"
  "unclosed-links-lines|0||"
  "spaced-destinations|1|has spaces|"
  "backtick-runs|0||"
  "backtick-ladder|0||"
  "url-line|0||"
  "reference-definitions|1|does not exist|"
  "same-headings|0||"
  "open-brackets|0||"
  "image-brackets|1|libcmark 0.30.2|"
  "image-openers|0||"
  "deep-quotes|0||"
  "deep-lists|0||"
  "emphasis-runs|0||"
  "underscores|0||"
  "table-rows|0||"
  "table-columns|0||"
  "dollar-runs|0||"
  "raw-html-openers|0||"
  "long-word|0||"
  "empty-lines|0||"
  "entities|0||"
  "missing-links|1|more problems in this file are not shown|"
  "missing-files-among-many|1|did you mean|"
  "angle-autolinks|0||"
  "tilde-runs|0||"
  "long-heading|0||"
  "control-characters|0|control character|"
  "script-addresses|0|data:' addresses other than|"
  # cmark's own list of pathological inputs (test/pathological_tests.py in cmark).
  "nested-strong-emphasis|0||"
  "emphasis-closers|0||"
  "emphasis-openers|0||"
  "link-closers|0||"
  "link-openers|0||"
  "mismatched-emphasis|0||"
  "multiple-of-three|0||"
  "link-openers-emphasis-closers|0||"
  "bracket-parenthesis|0||"
  "nested-brackets|0||"
  "unclosed-angle-links|0||"
  "nested-inline-links|1|does not exist|"
  # Front matter.
  "many-tags|0|tags|"
  "long-tag|1|too long to become a page|"
  "long-slug|1|more than a file name can hold|"
  "deep-flow|1|error|"
  "long-title|0||"
  "many-keys|0|unknown field|"
  "nul-escape|1|invisible control character|"
  "newline-in-seminar-title|0||"
  "noncharacters-in-title|0|control character|"
  "control-escapes|1|invisible control character|"
  # Files and folders.
  "symlink-out|0|outside|"
  "symlink-loop|0|loop|"
  "symlink-dangling|0|points to nothing|"
  "symlink-dev-zero|0|outside|"
  "fifo|0|not a regular file|"
  "unreadable-folder|1|cannot read|"
  "deep-folders|0|deeper than|"
  "upper-case-extension|0||"
  "utf16-bom|0|UTF-16|"
  "utf16-no-bom|0|UTF-16|"
  "koi8r|0|KOI8-R|"
  "cp1251|0|Windows-1251|"
  "binary-md|1|NUL byte|"
  "huge-file|1|max_file_mb|"
  # The output folder.
  "output-is-a-file|1|is a file, not a folder|"
  "output-is-the-settings|1|is a file, not a folder|"
  "output-is-a-foreign-folder|1|not made by pednet-build|"
  "killed-build-leftovers|0||"
  "interrupted-build|0||3"
  "draft-bundle|0||"
  "future-bundle|0||"
)

case_unclosed-links() { py "'[a](b' * 200000" | page p; }
case_unclosed-links-lines() { py "'[a](b c\n' * 100000" | page p; }
case_spaced-destinations() { py "'[a](b c.pdf) ' * 20000" | page p; }
case_backtick-runs() { py "'\`' * 1000000" | page p; }
case_backtick-ladder() { py "' '.join('\`' * n for n in range(1, 1500))" | page p; }
case_url-line() { py "'https://example.org/a/b?c=d ' * 100000" | page p; }
case_reference-definitions() { py "''.join('[r%d]: /u%d\n' % (i, i) for i in range(50000)) + ''.join('[r%d] ' % i for i in range(50000))" | page p; }
case_same-headings() { py "'# Заголовок\n\n' * 20000" | page p; }
case_open-brackets() { py "'[' * 500000" | page p; }
case_image-brackets() { py "'![[]()' * 160000" | page p; }
case_image-openers() { py "'![' * 200000" | page p; }
case_deep-quotes() { py "'>' * 20000 + ' a'" | page p; }
case_deep-lists() { py "''.join('  ' * i + '- a\n' for i in range(3000))" | page p; }
case_emphasis-runs() { py "'*a **b ' * 100000" | page p; }
case_underscores() { py "'_' * 1000000" | page p; }
case_table-rows() { py "'| a | b |\n|---|---|\n' + '| x | y |\n' * 100000" | page p; }
case_table-columns() { py "'|a' * 50000 + '|\n' + '|-' * 50000 + '|\n' + '|x' * 50000 + '|\n'" | page p; }
case_dollar-runs() { py "'\$' * 500000 + '\n' + '\$\$ a ' * 100000" | page p; }
case_raw-html-openers() { py "'<a ' * 200000" | page p; }
case_long-word() { py "'а' * 2500000" | page p; }
case_empty-lines() { py "'\n' * 2000000" | page p; }
case_entities() { py "'&amp; &#1092; ' * 200000" | page p; }
case_missing-links() { py "'[x](net%d.md) ' % 1 * 100000" | page p; }
# An imported corpus: 3,000 files and 300 pages with 20 links each to files that are missing
# (each "did you mean" looks at every file's name).
case_missing-files-among-many() {
  mkdir -p content/files && (cd content/files && touch $(seq -f 'foto-%g.png' 3000))
  for p in $(seq 300); do py "''.join('![Фото](../files/foto-%d.jpg) ' % (i * 300 + $p) for i in range(20))" | page "m$p"; done
}
case_angle-autolinks() { py "'<https://example.org/a> ' * 100000" | page p; }
case_tilde-runs() { py "'~~a ' * 200000" | page p; }
case_long-heading() { py "'# ' + 'слово ' * 200000" | page p; }
case_control-characters() { printf 'Текст\x01с\x1bуправляющими\x7fсимволами.\n' | page p; }
case_nested-strong-emphasis() { py "'*a **a ' * 50000 + 'b' + ' a** a*' * 50000" | page p; }
case_emphasis-closers() { py "'a_ ' * 200000" | page p; }
case_emphasis-openers() { py "'_a ' * 200000" | page p; }
case_link-closers() { py "'a]' * 200000" | page p; }
case_link-openers() { py "'[a' * 200000" | page p; }
case_mismatched-emphasis() { py "'*a_ ' * 200000" | page p; }
case_multiple-of-three() { py "'a**b c* ' * 100000" | page p; }
case_link-openers-emphasis-closers() { py "'[ a_' * 200000" | page p; }
case_bracket-parenthesis() { py "'[ (](' * 200000" | page p; }
case_nested-brackets() { py "'[' * 50000 + 'a' + ']' * 50000" | page p; }
case_unclosed-angle-links() { py "'[a](<b' * 200000" | page p; }
case_nested-inline-links() { py "'[a](' * 50000 + 'b' + ')' * 50000" | page p; }
case_script-addresses() { printf '[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x)\n' | page p; }
check_script-addresses() { ! grep -qiE 'href="(javascript|data|vbscript)|href=""' public/notes/p/index.html; }
check_control-characters() { ! grep -qP '[\x01\x1b\x7f]' public/notes/p/index.html; }

case_many-tags() { py "'---\ntitle: Теги\ntags: [' + ', '.join('t%d' % i for i in range(100000)) + ']\n---\nТекст.\n'" > content/notes/t.md; }
case_long-tag() { py "'---\ntitle: Тег\ntags: [' + 'щ' * 100 + ']\n---\nТекст.\n'" > content/notes/t.md; }
case_long-slug() { printf -- '---\ntitle: y\n---\nx\n' > "content/notes/$(python3 -c "print('щ' * 100)").md"; }
case_deep-flow() { py "'---\ntitle: x\nitems: ' + '[' * 100000 + '\n---\n'" > content/notes/f.md; }
case_long-title() { py "'---\ntitle: ' + 'Слово ' * 300000 + '\n---\nТекст.\n'" > content/notes/l.md; }
case_many-keys() { py "'---\ntitle: x\n' + ''.join('k%d: v\n' % i for i in range(50000)) + '---\nТекст.\n'" > content/notes/k.md; }
case_nul-escape() { printf -- '---\ntitle: "Нуль\\0здесь"\n---\nТекст.\n' > content/notes/n.md; }
case_newline-in-seminar-title() {
  mkdir -p content/seminars
  printf -- '---\ntitle: "Семинар\\nBEGIN:VEVENT"\ndate: 2030-01-15\nplace: Школа № 1\n---\nТекст.\n' > content/seminars/s.md
}
check_newline-in-seminar-title() { [[ $(grep -c '^BEGIN:VEVENT' public/calendar.ics) == 1 ]]; }
case_noncharacters-in-title() { printf -- '---\ntitle: "Плохие \xef\xbf\xbe\xef\xbf\xbf знаки\x01"\n---\nТекст.\n' > content/notes/u.md; }
case_control-escapes() { printf -- '---\ntitle: "Плохие \\uFFFE \\x01 знаки"\n---\nТекст.\n' > content/notes/u.md; }
check_noncharacters-in-title() { python3 -c "import xml.dom.minidom,sys; [xml.dom.minidom.parse(f) for f in ['public/feed.xml','public/sitemap.xml']]"; }

case_symlink-out() { ln -s /etc content/notes/etc; }
check_symlink-out() { ! find public -name 'passwd*' | grep -q .; }
case_symlink-loop() { mkdir -p content/notes/a; ln -s .. content/notes/a/up; ln -s loop2 content/notes/loop1; ln -s loop1 content/notes/loop2; }
case_symlink-dangling() { ln -s nowhere.md content/notes/gone.md; }
case_symlink-dev-zero() { ln -s /dev/zero content/notes/zero.md; }
case_fifo() { mkfifo content/notes/pipe.md; }
# Root reads every folder whatever its permissions: this case runs as nobody then.
unprivileged_unreadable-folder() { :; }
case_unreadable-folder() { mkdir -p content/hidden; printf -- '---\ntitle: x\n---\n' > content/hidden/a.md; chmod 000 content/hidden; }
case_deep-folders() { local p=content/deep; for i in $(seq 1 80); do p="$p/d"; done; mkdir -p "$p"; printf -- '---\ntitle: x\n---\n' > "$p/a.md"; }
case_upper-case-extension() { printf -- '---\ntitle: Большой\n---\nТекст.\n' > content/notes/BIG.MD; }
check_upper-case-extension() { [[ -f public/notes/big/index.html && ! -e public/notes/BIG.MD ]]; }
case_utf16-bom() { printf -- '---\ntitle: Юникод\n---\nТекст в UTF-16.\n' | iconv -f UTF-8 -t UTF-16 > content/notes/w.md; }
check_utf16-bom() { grep -q 'Текст в UTF-16' public/notes/w/index.html; }
case_utf16-no-bom() { printf -- '---\ntitle: Юникод\n---\nТекст в UTF-16.\n' | iconv -f UTF-8 -t UTF-16LE > content/notes/w.md; }
check_utf16-no-bom() { grep -q 'Текст в UTF-16' public/notes/w/index.html; }
case_koi8r() { printf -- '---\ntitle: Кодировка\n---\nПривет, это текст в кодировке КОИ-8, совсем русский.\n' | iconv -f UTF-8 -t KOI8-R > content/notes/k.md; }
check_koi8r() { grep -q 'Привет, это текст' public/notes/k/index.html; }
case_cp1251() { printf -- '---\ntitle: Кодировка\n---\nПривет, это текст в кодировке Windows, совсем русский.\n' | iconv -f UTF-8 -t CP1251 > content/notes/c.md; }
check_cp1251() { grep -q 'Привет, это текст' public/notes/c/index.html; }
case_binary-md() { head -c 100000 /dev/urandom > content/notes/b.md; printf '\0' >> content/notes/b.md; }
case_huge-file() { printf -- '---\ntitle: x\n---\n' > content/notes/h.md; head -c 60000000 /dev/zero | tr '\0' 'a' >> content/notes/h.md; }
case_draft-bundle() { mkdir -p content/notes/otvety; printf -- '---\ntitle: Ответы\ndraft: true\n---\n' > content/notes/otvety/index.md; echo secret > content/notes/otvety/otvety.pdf; }
check_draft-bundle() { ! find public -name 'otvety*' | grep -q .; }
case_future-bundle() { mkdir -p content/notes/later; printf -- '---\ntitle: Потом\ndate: 2099-01-01\n---\n' > content/notes/later/index.md; echo secret > content/notes/later/answers.pdf; }
check_future-bundle() { ! find public -name 'answers*' | grep -q .; }

# Output paths that are not ours: refused, nothing in them touched.
case_output-is-a-file() { echo "мои заметки" > notes.txt; }
args_output-is-a-file() { echo --output "$PWD/notes.txt"; }
check_output-is-a-file() { [[ "$(cat notes.txt)" == "мои заметки" ]] || echo "notes.txt changed"; }
case_output-is-the-settings() { printf 'title: Школа\n' > site.yml; }
args_output-is-the-settings() { echo --output "$PWD/site.yml"; }
check_output-is-the-settings() { [[ "$(cat site.yml)" == "title: Школа" ]] || echo "site.yml changed"; }
case_output-is-a-foreign-folder() { mkdir -p mine; echo "моё" > mine/x.txt; }
args_output-is-a-foreign-folder() { echo --output "$PWD/mine"; }
check_output-is-a-foreign-folder() { [[ "$(ls -A mine)" == "x.txt" && "$(cat mine/x.txt)" == "моё" ]] || echo "mine/ changed"; }
# What builds killed with SIGKILL left behind (pids that cannot be alive) is cleaned up.
case_killed-build-leftovers() {
  mkdir -p public/.pednet-staging-999999999/notes .public.staging-999999999 .public.old-999999999
  echo half > public/.pednet-staging-999999999/notes/index.html
}
check_killed-build-leftovers() {
  local left; left=$(find . -name '*staging-*' -o -name '.public.old-*')
  [[ -z "$left" ]] || echo "left behind: $left"
}
# SIGTERM and SIGINT in the middle of a build: the previous site stays whole, no staging left.
case_interrupted-build() {
  for i in $(seq 1 1500); do printf -- '---\ntitle: Страница %d\ntags: [t%d]\n---\nТекст %d.\n' "$i" "$((i % 50))" "$i" > "content/notes/n$i.md"; done
}
check_interrupted-build() {
  local signal
  for signal in TERM INT; do
    sed -i 's/Текст/Новый текст/' content/notes/n1.md
    "$BIN" build --source . --quiet > /dev/null 2>&1 &
    local pid=$!
    sleep 0.15; kill -"$signal" "$pid" 2> /dev/null; wait "$pid" 2> /dev/null
    [[ -f public/index.html ]] || { echo "no index.html after SIG$signal"; return 1; }
    [[ -z "$(find . -name '*staging-*')" ]] || { echo "staging left after SIG$signal"; return 1; }
  done
}

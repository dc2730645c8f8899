/// The texts of a starter site besides its pages: settings, home page, `.gitignore`.
enum StarterSiteFiles {
  /// `site.yml`: the options a new site changes first, each explained in Russian.
  static let siteYML = """
    # Настройки сайта. Все настройки с пояснениями: файл site.example в pednet-build.

    # Название сайта: в шапке каждой страницы и в заголовке окна браузера.
    title: "Сетевое сообщество педагогов"

    # Одно предложение о сайте: для поисковых систем и для ленты новостей (feed.xml).
    description: "Портфолио, конспекты уроков, семинары и подготовка к олимпиадам"

    # Язык интерфейса: ru (русский), kk (қазақша) или en (English).
    language: ru

    # Адрес опубликованного сайта, с косой чертой в конце, например
    # "https://school.example.ru/pednet/". Он нужен поисковым системам (sitemap.xml),
    # ленте новостей и календарю семинаров. Рецепты публикации (GitHub Pages, GitLab Pages,
    # publish-ftp.sh) подставляют его сами, поэтому здесь он может остаться пустым.
    # Впишите его, если копируете папку public/ на сервер вручную.
    # Для сайта, который открывают только с флешки, оставьте пустым.
    base_url: ""

    # Как писать ссылки между страницами:
    #   files  — с index.html на конце: сайт открывается и с флешки, и на любом сервере;
    #   pretty — короткие адреса /lessons/drobi/: нужен веб-сервер.
    links: files

    # Строка в подвале каждой страницы (если пусто: © год и название сайта).
    copyright: ""

    """

  /// `content/_index.md`: the home page's introduction.
  static let homeIntro = """
    ---
    title: "Сетевое сообщество педагогов"
    summary: "Открытое методическое пространство учителей."
    ---

    Здесь учителя делятся тем, что проверено на собственных уроках: конспектами, отчётами \
    о семинарах и материалами для подготовки к олимпиадам. Замените этот текст рассказом \
    о своём сообществе: файл content/_index.md.

    """

  /// `.gitignore`: the built site and the CI's copy of pednet-build are never committed.
  static let gitignore = """
    # Собранный сайт: его делает pednet-build, хранить его в репозитории не нужно.
    public/
    # Копия pednet-build, которую собирают рецепты публикации.
    .pednet-build/
    # Кэш сборки: ускоряет повторную сборку, его можно удалить в любой момент.
    .pednet-cache/

    """

  /// The pages of a starter site, one of each kind: kind and title (the portfolio first, so
  /// the others name it as their author).
  static let pages: [(kind: String, title: String)] = [
    ("portfolio", "Иванова Анна Сергеевна"), ("lesson", "Сложение дробей"),
    ("seminar", "Методический семинар"), ("olympiad", "Подготовка к школьному этапу"),
    ("page", "О сообществе"),
  ]
}

extension PublishingRecipes {
  /// `publish-ftp.sh`: builds with the site's address and uploads only changed files.
  static let ftp = """
    #!/usr/bin/env bash
    # Публикация сайта на хостинге школы по FTP, FTPS или SFTP.
    #
    # 1. Впишите ниже адрес сайта, сервер, имя пользователя и папку на сервере
    #    (их даёт администратор хостинга).
    # 2. Запустите в папке сайта:   bash publish-ftp.sh
    #    Пароль программа спросит сама (или возьмёт из переменной LFTP_PASSWORD).
    #
    # Скрипт собирает сайт командой pednet-build с вашим site.yml и копирует на сервер
    # только изменившиеся файлы (программа lftp сравнивает размер и время изменения),
    # а файлы, которых на сайте больше нет, удаляет с сервера. Поэтому повторная
    # публикация после небольшой правки занимает секунды даже на медленном интернете.
    # Нужны программы pednet-build и lftp (в Debian и Ubuntu: apt install lftp).
    # Вместо lftp можно использовать rsync по SSH:
    #   rsync -rt --delete public/ пользователь@сервер:папка/
    set -euo pipefail
    cd "$(dirname "$0")"

    # Адрес сайта в интернете, с косой чертой в конце.
    SITE_URL="${SITE_URL:-https://school.example.ru/pednet/}"
    # Сервер: ftp://…, ftps://… или sftp://…
    SERVER="${SERVER:-ftp://ftp.school.example.ru}"
    # Имя пользователя на сервере.
    LOGIN="${LOGIN:-pednet}"
    # Папка сайта на сервере.
    REMOTE_DIR="${REMOTE_DIR:-/public_html/pednet}"
    # Программа pednet-build (если она не установлена в системе, укажите путь к ней).
    PEDNET="${PEDNET:-pednet-build}"

    "$PEDNET" build --base-url "$SITE_URL"

    password=()
    if [ -n "${LFTP_PASSWORD:-}" ]; then password=(--env-password); fi
    lftp -u "$LOGIN" "${password[@]}" -e "mirror --reverse --delete --only-newer --verbose public/ '$REMOTE_DIR'; quit" "$SERVER"
    echo "Сайт опубликован: $SITE_URL"

    """
}

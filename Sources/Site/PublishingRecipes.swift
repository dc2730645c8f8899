/// Where a site made by `pednet-build init` is published, and the file that does it: a CI
/// file for GitHub Pages or GitLab Pages, or an upload script for a school's FTP/SFTP hosting.
/// Every recipe builds with the site's own `site.yml` and its public address as `base_url`.
public enum PublishingHost: String, Sendable, CaseIterable {
  /// GitHub Pages, by a GitHub Actions workflow.
  case github
  /// GitLab Pages, by the `pages` job of `.gitlab-ci.yml`.
  case gitlab
  /// A hosting reached by FTP, FTPS or SFTP, by an `lftp mirror` script.
  case ftp

  /// This program's version, printed by `--version` and pinned by the recipes.
  public static let programVersion = "0.1.0"

  /// The recipe's path in the site's folder.
  public var recipePath: String {
    switch self {
    case .github: ".github/workflows/pages.yml"
    case .gitlab: ".gitlab-ci.yml"
    case .ftp: "publish-ftp.sh"
    }
  }

  /// The recipe's text.
  var recipe: String {
    switch self {
    case .github: PublishingRecipes.github
    case .gitlab: PublishingRecipes.gitlab
    case .ftp: PublishingRecipes.ftp
    }
  }
}

/// The recipes' texts, commented in Russian for a teacher who reads them once.
enum PublishingRecipes {
  /// The source pednet-build is built from in CI; the cache is keyed by the version, so a new
  /// version is built once and then reused.
  static let repository = "https://github.com/pednet/pednet-build.git"
  /// The pinned version (a tag or a commit of `repository`): the tag of this program's own
  /// version, so a site made by `init` builds with the version that made it.
  static let version = "v" + PublishingHost.programVersion

  /// Gets pednet-build into `.pednet-build/bin` unless the cache already holds it: installs
  /// libcmark (needed to run it as well), fetches the pinned source and builds it.
  static let install = """
    if ! pkg-config --exists libcmark 2>/dev/null; then
      apt-get update -qq && apt-get install -y -qq libcmark-dev pkg-config git
    fi
    if [ ! -x .pednet-build/bin/pednet-build ]; then
      rm -rf .pednet-build/src && git init -q .pednet-build/src
      git -C .pednet-build/src fetch -q --depth 1 "$PEDNET_REPO" "$PEDNET_VERSION"
      git -C .pednet-build/src checkout -q FETCH_HEAD
      swift build -c release --package-path .pednet-build/src --product pednet-build
      mkdir -p .pednet-build/bin
      cp "$(swift build -c release --package-path .pednet-build/src --show-bin-path)/pednet-build" .pednet-build/bin/
      rm -rf .pednet-build/src
    fi
    .pednet-build/bin/pednet-build --version
    """

  private static func indented(_ text: String, by spaces: Int) -> String {
    let pad = String(repeating: " ", count: spaces)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }
      .joined(separator: "\n")
  }

  static let github = """
    # Публикация сайта на GitHub Pages.
    # Один раз: на GitHub откройте Settings → Pages и в поле Source выберите «GitHub Actions».
    # Дальше после каждого изменения в ветке main сервер GitHub сам соберёт сайт из папки
    # content/ с настройками site.yml и опубликует его. Если в материалах есть ошибка, сайт
    # не обновится, а текст ошибки будет на вкладке Actions.
    name: Публикация сайта
    on:
      push:
        branches: [main]
      workflow_dispatch:          # кнопка «Run workflow» на вкладке Actions
    permissions:
      contents: read
      pages: write
      id-token: write
    concurrency:
      group: pages
      cancel-in-progress: false
    env:
      # Откуда и какую версию pednet-build собирать. Собранная программа хранится в кэше,
      # поэтому собирается только один раз для каждой версии (несколько минут).
      PEDNET_REPO: \(repository)
      PEDNET_VERSION: \(version)
    jobs:
      build:
        runs-on: ubuntu-latest
        container: swift:6.3      # готовый образ с компилятором Swift
        defaults:
          run:
            shell: bash
        steps:
          - uses: actions/checkout@v4
          # Узнаём адрес сайта (https://имя.github.io/репозиторий/), он нужен для base_url.
          - id: pages
            uses: actions/configure-pages@v5
          - uses: actions/cache@v4
            with:
              path: .pednet-build
              key: pednet-build-${{ env.PEDNET_VERSION }}
          - name: Установить pednet-build
            run: |
    \(indented(install, by: 10))
          - name: Собрать сайт
            run: .pednet-build/bin/pednet-build build --base-url "${{ steps.pages.outputs.base_url }}/"
          - uses: actions/upload-pages-artifact@v3
            with:
              path: public
      deploy:
        needs: build
        runs-on: ubuntu-latest
        environment:
          name: github-pages
          url: ${{ steps.deployment.outputs.page_url }}
        steps:
          - id: deployment
            uses: actions/deploy-pages@v4

    """

  static let gitlab = """
    # Публикация сайта на GitLab Pages.
    # После каждого изменения в основной ветке сервер GitLab сам соберёт сайт из папки
    # content/ с настройками site.yml и опубликует его. Адрес сайта: Deploy → Pages.
    # Если в материалах есть ошибка, сайт не обновится, а текст ошибки будет в Build → Jobs.
    variables:
      # Откуда и какую версию pednet-build собирать. Собранная программа хранится в кэше,
      # поэтому собирается только один раз для каждой версии (несколько минут).
      PEDNET_REPO: \(repository)
      PEDNET_VERSION: \(version)
    pages:
      image: swift:6.3            # готовый образ с компилятором Swift
      cache:
        key: pednet-build-$PEDNET_VERSION
        paths:
          - .pednet-build/
      script:
        - |
    \(indented(install, by: 6))
        # CI_PAGES_URL: адрес сайта на GitLab Pages, нужен для base_url.
        - .pednet-build/bin/pednet-build build --base-url "$CI_PAGES_URL/"
      artifacts:
        paths:
          - public
      rules:
        - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

    """
}

import FrontMatter

/// What the network map and the yearly report know of the site, as plain values: the one place
/// that reads pages' kinds and kind-specific fields for them (the graph, its layout, the SVG and
/// the report's counting see only these structs).
struct NetworkInput: Sendable, Equatable {
  /// A person: a teacher with a portfolio, or one named in a page with their organisation.
  struct Person: Sendable, Equatable {
    /// Stable key (`portfolio:<folder>` or `name:<name>`).
    var key: String
    /// The name to show.
    var name: String
    /// The portfolio's output folder, nil for a person without one.
    var folder: String?
    /// Schools or organisations (`school`, `org`).
    var schools: [String]
  }

  /// A seminar: an event people took part in.
  struct Event: Sendable, Equatable {
    /// Title.
    var title: String
    /// Output folder.
    var folder: String
    /// Date, when written.
    var date: YAMLDate?
    /// Keys of the participants.
    var participants: [String]
  }

  /// A material with authors (a lesson plan, an olympiad guide…).
  struct Material: Sendable, Equatable {
    /// Title.
    var title: String
    /// Output folder.
    var folder: String
    /// Date, when written.
    var date: YAMLDate?
    /// The kind's name (`lesson`), its label («Урок») and its section folder.
    var kind: String
    var kindLabel: String
    var kindFolder: String
    /// Subject, when the page names one.
    var subject: String?
    /// Olympiad level, when the page names one.
    var level: String?
    /// Keys of the authors.
    var authors: [String]
  }

  /// Every person, in the order first met.
  var people: [Person] = []
  /// Every dated or undated seminar.
  var events: [Event] = []
  /// Every authored material.
  var materials: [Material] = []
}

/// Turns the site's pages into ``NetworkInput``.
enum NetworkFacts {
  /// The key of a portfolio page's person.
  static func key(ofPortfolio page: Page) -> String { "portfolio:" + page.outputDirectory }

  /// Whether the page is a portfolio (its map is drawn around its person).

  /// The network input of the site, `label` giving the UI label of a kind.
  static func input(_ model: SiteModel, label: (String) -> String) -> NetworkInput {
    var input = NetworkInput()
    var known: [String: Int] = [:]
    func add(_ person: NetworkInput.Person) -> String {
      if let index = known[person.key] {
        for school in person.schools where !input.people[index].schools.contains(school) {
          input.people[index].schools.append(school)
        }
      } else {
        known[person.key] = input.people.count
        input.people.append(person)
      }
      return person.key
    }
    func keys(_ people: [Site.Person]) -> [String] {
      people.map { person in
        if let index = person.portfolio { return add(portfolio(model.pages[index])) }
        return add(
          .init(
            key: "name:" + person.name, name: person.name, folder: nil,
            schools: person.organization.map { [$0] } ?? []))
      }
    }
    let schema = model.config.schema
    for page in model.pages where schema.isPeople(page.kind) { _ = add(portfolio(page)) }
    for page in model.pages where schema.hasFolder(page.kind) && !schema.isPeople(page.kind) {
      if schema.isEvent(page.kind) {
        input.events.append(
          .init(
            title: page.title, folder: page.outputDirectory, date: page.date,
            participants: keys(page.facts.people)))
      } else {
        input.materials.append(
          .init(
            title: page.title, folder: page.outputDirectory, date: page.date,
            kind: page.kind.rawValue, kindLabel: label(page.kind.rawValue),
            kindFolder: page.section.isEmpty ? "" : page.section + "/",
            subject: page.facts.subjects.first,
            level: page.facts.level, authors: keys(page.facts.people)))
      }
    }
    return input
  }

  private static func portfolio(_ page: Page) -> NetworkInput.Person {
    .init(
      key: key(ofPortfolio: page), name: page.facts.name ?? page.title,
      folder: page.outputDirectory, schools: page.facts.school.map { [$0] } ?? [])
  }
}

import Mustache

extension ContextBuilder {
  /// The whole context of a content page.
  func pageContext(_ index: Int, html: [UInt8]) -> TemplateValue {
    let page = model.pages[index]
    var context = common(
      folder: page.outputDirectory, title: shown(page.title, page), description: page.summary,
      language: page.language, flag: "is_page")
    context["breadcrumbs"] = breadcrumbs(section: page.section.isEmpty ? nil : page.section)
    var value = commonPageValue(index, html: html)
    switch page.kind {
    case .portfolio: addPortfolio(page, index: index, to: &value)
    case .lesson:
      value["lesson_type"] = page.facts.lessonType.map(TemplateValue.string)
      if let minutes = page.facts.duration {
        value["duration"] = [
          "minutes": .int(minutes), "text": .string(strings.count(minutes, "minutes")),
        ]
      }
      if !page.facts.goals.isEmpty {
        value["goals"] = .array(page.facts.goals.map(TemplateValue.string))
      }
      value["authors"] = peopleValue(page.facts.people)
    case .seminar:
      value["place"] = page.facts.place.map(TemplateValue.string)
      value["organizer"] = page.facts.organizer.map(TemplateValue.string)
      value["format"] = page.facts.format.map(TemplateValue.string)
      value["participants"] = peopleValue(page.facts.people)
      if let date = page.date {
        value[date.dayKey >= today ? "upcoming" : "held"] = true
        value["calendar_file"] = .string(Calendar.eventFileName)
        value["start_time"] = DateText.time(date).map(TemplateValue.string)
      }
    case .olympiad:
      value["level"] = page.facts.level.map { termValue("levels", $0) }
      value["authors"] = peopleValue(page.facts.people)
    default:
      if !page.facts.people.isEmpty {
        let key = model.config.schema.isEvent(page.kind) ? "participants" : "authors"
        value[key] = peopleValue(page.facts.people)
      }
    }
    addSchemaFields(page, to: &value)
    if let image = previewImage(of: page) { context["og_image"] = .string(image) }
    context["page"] = .dictionary(value.withListFlags())
    return .dictionary(context.withListFlags())
  }

  private func commonPageValue(_ index: Int, html: [UInt8]) -> [String: TemplateValue] {
    let page = model.pages[index]
    let language = model.config.language
    var value: [String: TemplateValue] = [
      "title": .string(shown(page.title, page)), "kind": .string(page.kind.rawValue),
      "kind_label": .string(kindLabel(page.kind)),
      "url": url(page.outputDirectory),
      "content": .utf8(html), "summary": .string(page.summary),
    ]
    if page.hasVideo { value["has_video"] = .bool(true) }
    switch page.unpublished {
    case .draft: value["unpublished"] = .string(strings["unpublished_draft"])
    case .future(let date):
      let day = DateText.text(date, language: language)
      value["unpublished"] = .string(
        strings["unpublished_future"].replacingOccurrences(of: "{date}", with: day))
    case nil: break
    }
    let shared = sharedCardValues(of: index)
    value["date"] = shared["date"]
    value["updated"] = dateValue(page.updated, language: language)
    if page.outline.count >= 3 {
      let outline = page.outline
      value["toc"] = .array(
        outline.map { ["level": .int($0.level), "text": .string($0.text), "id": .string($0.id)] })
    }
    value["tags"] = shared["tags"]
    value["subject"] = shared["subject"]
    value["grades"] = shared["grades"]
    if !page.attachments.isEmpty {
      value["attachments"] = .array(page.attachments.map(attachmentValue))
    }
    addNeighbours(of: index, to: &value)
    let backlinks = SectionBuilder.ordered(Array(page.backlinks), in: model)
    if !backlinks.isEmpty { value["backlinks"] = cards(backlinks) }
    return value
  }

  /// The values a page shows just as its card does (date, tags, subject, grades), taken
  /// from the card made once.
  private func sharedCardValues(of index: Int) -> [String: TemplateValue] {
    guard case .dictionary(let card) = card(index) else { return [:] }
    return card
  }

  private func addPortfolio(_ page: Page, index: Int, to value: inout [String: TemplateValue]) {
    let facts = page.facts
    value["name"] = .string(shown(facts.name ?? page.title, page))
    value["position"] = facts.position.map { .string(shown($0, page)) }
    value["school"] = facts.school.map { .string(shown($0, page)) }
    if !facts.subjects.isEmpty {
      value["subjects"] = .array(facts.subjects.map { termValue("subjects", $0) })
    }
    value["category"] = facts.category.map(TemplateValue.string)
    if let years = facts.experience {
      value["experience"] = ["years": .int(years), "text": .string(strings.count(years, "years"))]
    }
    if let photo = facts.photo { value["photo"] = .string(photoURL(photo, of: page)) }
    value["email"] = facts.email.map(TemplateValue.string)
    if !facts.awards.isEmpty { value["awards"] = .array(facts.awards.map(TemplateValue.string)) }
    let materials = SectionBuilder.ordered(Array(page.backlinks), in: model)
    let byKind = { (kind: PageKind) in materials.filter { self.model.pages[$0].kind == kind } }
    let groups: [(String, PageKind)] = [
      ("lessons", .lesson), ("olympiads", .olympiad), ("seminars", .seminar),
    ]
    var total = 0
    for (key, kind) in groups {
      let items = byKind(kind)
      total += items.count
      if !items.isEmpty { value[key] = cards(items) }
      value[key + "_count"] = .int(items.count)
    }
    value["materials_count"] = .string(strings.count(total, "materials"))
    // The materials are listed above by kind: «Ссылаются на эту страницу» keeps the rest.
    let others = materials.filter { !groups.map(\.1).contains(model.pages[$0].kind) }
    value["backlinks"] = others.isEmpty ? nil : cards(others)
    value["network_map"] = portfolioNetwork(index)
  }

  /// The absolute address of the picture a messenger shows beside a shared link: the
  /// portfolio's photo or the page's first image; nil without `base_url` (previews need
  /// absolute addresses).
  private func previewImage(of page: Page) -> String? {
    let base = model.config.baseURL
    guard !base.isEmpty else { return nil }
    let photo = page.kind == .portfolio ? page.facts.photo.map { photoURL($0, of: page) } : nil
    guard let image = photo ?? page.firstImage.map(LinkTarget.percentEncoded) else { return nil }
    return LinkTarget.isExternal(image) ? image : base + image
  }

  private func photoURL(_ photo: String, of page: Page) -> String {
    if LinkTarget.isExternal(photo) { return photo }
    let path = LinkTarget.normalize(photo, from: page.sourceFolder) ?? photo
    return model.assetOutput[path].map(LinkTarget.percentEncoded) ?? photo
  }

  private func attachmentValue(_ attachment: Attachment) -> TemplateValue {
    let ext = attachment.name.split(separator: ".").last.map { $0.uppercased() } ?? ""
    return [
      "name": .string(attachment.name),
      "url": .string(LinkTarget.percentEncoded(attachment.outputPath)),
      "type": .string(ext),
      "size": .string(FileSizeText.text(attachment.size, language: model.config.language)),
    ]
  }

  private func addNeighbours(of index: Int, to value: inout [String: TemplateValue]) {
    let page = model.pages[index]
    let position = sectionPositions[index]
    guard position >= 0, let section = model.sections.first(where: { $0.name == page.section })
    else { return }
    if position > 0 {
      let previous = model.pages[section.pages[position - 1]]
      value["prev"] = [
        "title": .string(shown(previous.title, previous)), "url": url(previous.outputDirectory),
      ]
    }
    if position + 1 < section.pages.count {
      let next = model.pages[section.pages[position + 1]]
      value["next"] = [
        "title": .string(shown(next.title, next)), "url": url(next.outputDirectory),
      ]
    }
  }
}

/// File sizes in words: «850 байт», «12 КБ», «1,4 МБ».
enum FileSizeText {
  /// The size in the site's language.
  static func text(_ bytes: Int, language: String) -> String {
    let units = language == "en" ? ["bytes", "KB", "MB", "GB"] : ["байт", "КБ", "МБ", "ГБ"]
    var size = Double(bytes)
    var unit = 0
    while size >= 1024 && unit < units.count - 1 {
      size /= 1024
      unit += 1
    }
    if unit == 0 { return "\(bytes) \(units[0])" }
    let rounded = (size * 10).rounded() / 10
    var text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    if language != "en" { text = text.replacingOccurrences(of: ".", with: ",") }
    return "\(text) \(units[unit])"
  }
}

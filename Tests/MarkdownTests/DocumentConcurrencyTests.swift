import Dispatch
import XCTest

@testable import Markdown

/// Distinct documents built and rendered on all cores at once give the same bytes as when
/// built and rendered one after another; one document renders the same on many threads.
final class DocumentConcurrencyTests: XCTestCase {
  /// Page `number` of a varied set: headings, quotes, tables, links, lists, strikethrough.
  static func page(_ number: Int) -> String {
    var state = UInt64(number) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let pieces = [
      "# Урок \(number)\n\n",
      "Текст \"цитаты \"вложенной\"\" -- и ~~старое~~ новое.\n\n",
      "| Этап | Время |\n|:--|--:|\n| Начало [\(number)](p\(number).md) | \(number % 45) мин |\n| Итог | www.school\(number).ru |\n\n",
      "- пункт `код \(number)`\n- второй <b>html</b>\n\n",
      "> Цитата с e\(number)@school.ru и https://site.ru/\(number)\n\n",
      "```swift\nlet x = \"\(number)\" -- 1\n```\n\n",
      "Абзац\n| a | b |\n| - | - |\n| \(number) | \\| |\n\n",
      "## Итоги \"\(number % 7)\"\n\n1. один\n2. два ![рис](r\(number).png)\n\n",
    ]
    var text = ""
    for _ in 0..<(3 + next(8)) { text += pieces[next(pieces.count)] }
    return text
  }

  func testParallelRenderingMatchesSerialRendering() {
    let count = 2_000
    let options = MarkdownOptions(language: "ru", rawHTML: .drop, firstLine: 3)
    let resolve: @Sendable (LinkReference) -> String? = {
      $0.destination.hasSuffix(".md") ? "/x/" : nil
    }
    let serial = (0..<count).map {
      Document(markdown: Self.page($0), options: options).renderHTML(resolvingLinks: resolve)
    }
    let results = Slots<String>(count: count, initial: "")
    DispatchQueue.concurrentPerform(iterations: count) { index in
      results[index] = Document(markdown: Self.page(index), options: options).renderHTML(
        resolvingLinks: resolve)
    }
    var same = 0
    for index in 0..<count where Array(results[index].utf8) == Array(serial[index].utf8) {
      same += 1
    }
    XCTAssertEqual(same, count)
    XCTAssertEqual(Set(serial).count > count / 2, true, "the pages differ from each other")
  }

  func testOneDocumentRendersOnManyThreads() {
    let document = Document(markdown: Self.page(7) + Self.page(8), options: MarkdownOptions())
    let expected = document.renderHTML()
    let results = Slots<Bool>(count: 200, initial: false)
    DispatchQueue.concurrentPerform(iterations: 200) { index in
      results[index] = document.renderHTML() == expected
    }
    XCTAssertEqual((0..<200).filter { results[$0] }.count, 200)
  }
}

/// Result slots written from several threads, each slot by one thread only.
final class Slots<Element>: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<Element>

  init(count: Int, initial: Element) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: initial)
  }

  deinit {
    storage.deinitialize()
    storage.deallocate()
  }

  subscript(index: Int) -> Element {
    get { storage[index] }
    set { storage[index] = newValue }
  }
}

import Foundation
import Site

/// The command line, parsed: which command and its options.
struct Arguments {
  /// The subcommands.
  enum Command: String {
    case build, check, new, schema, serve, help, version
    case initialize = "init"
  }

  /// A usage mistake: the message and exit status 2.
  struct UsageError: Error {
    /// One line saying what is wrong.
    let message: String
  }

  var command = Command.build
  var source = "."
  var config: String?
  var output: String?
  var drafts = false
  var baseURL: String?
  var changed: String?
  var quiet = false
  var port = 1313
  var host: PublishingHost?
  var positional: [String] = []
  /// `--lang ru|kk|en`: the language of messages (see `MessageLanguage`).
  var language: String?

  /// Options each command accepts (with `true` when the option takes a value).
  static let accepted: [Command: [String: Bool]] = [
    .build: [
      "--source": true, "--config": true, "--output": true, "--drafts": false, "--base-url": true,
      "--quiet": false, "--changed": true, "--lang": true,
    ],
    .check: ["--source": true, "--config": true, "--drafts": false, "--lang": true],
    .new: ["--source": true, "--config": true, "--lang": true],
    .schema: ["--source": true, "--config": true, "--lang": true],
    .serve: ["--source": true, "--port": true, "--lang": true],
    .initialize: ["--host": true, "--lang": true],
  ]

  /// Parses `arguments` (without the program name).
  init(_ arguments: [String]) throws(UsageError) {
    var rest = arguments[...]
    if let first = rest.first {
      if first == "--help" || first == "-h" || first == "help" {
        command = .help
        return
      }
      if first == "--version" {
        command = .version
        return
      }
      if let named = Command(rawValue: first), named != .help, named != .version {
        command = named
        rest = rest.dropFirst()
      } else if !first.hasPrefix("-") {
        throw UsageError(message: "unknown command '\(first)'")
      }
    }
    let accepted = Self.accepted[command] ?? [:]
    while let argument = rest.popFirst() {
      if argument == "--help" || argument == "-h" {
        command = .help
        return
      }
      if !argument.hasPrefix("-") || argument == "-" {
        positional.append(argument)
        continue
      }
      let (name, inlineValue) = Self.split(argument)
      guard let takesValue = accepted[name] else {
        throw UsageError(message: "unknown option '\(name)' for '\(command.rawValue)'")
      }
      var value: String?
      if takesValue {
        guard let given = inlineValue ?? rest.popFirst(), !given.isEmpty else {
          throw UsageError(message: "option '\(name)' needs a value")
        }
        value = given
      } else if inlineValue != nil {
        throw UsageError(message: "option '\(name)' takes no value")
      }
      try apply(name, value)
    }
    try checkPositional()
  }

  /// The language to print messages in.
  var messageLanguage: String {
    MessageLanguage.choose(
      option: language, sourceDirectory: source, configFile: config,
      environment: ProcessInfo.processInfo.environment)
  }

  private static func split(_ argument: String) -> (String, String?) {
    guard let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
    return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
  }

  private mutating func apply(_ name: String, _ value: String?) throws(UsageError) {
    switch name {
    case "--source": source = value ?? source
    case "--config": config = value
    case "--output": output = value
    case "--drafts": drafts = true
    case "--base-url": baseURL = value
    case "--changed": changed = value
    case "--quiet": quiet = true
    case "--lang":
      guard let value, MessageLanguage.all.contains(value) else {
        throw UsageError(message: "option '--lang' needs ru, kk or en")
      }
      language = value
    case "--port":
      guard let number = value.flatMap({ Int($0) }), (1...65535).contains(number) else {
        throw UsageError(message: "option '--port' needs a number from 1 to 65535")
      }
      port = number
    case "--host":
      guard let named = value.flatMap(PublishingHost.init(rawValue:)) else {
        throw UsageError(message: "option '--host' needs github, gitlab or ftp")
      }
      host = named
    default: break
    }
  }

  private func checkPositional() throws(UsageError) {
    switch command {
    case .new:
      guard positional.count == 2 else {
        throw UsageError(
          message: "'new' needs a kind and a title: pednet-build new lesson \"Сложение дробей\"")
      }
    case .initialize:
      guard positional.count == 1 else {
        throw UsageError(
          message: "'init' needs the new site's folder: pednet-build init my-site --host github")
      }
    default:
      if let extra = positional.first {
        throw UsageError(message: "unexpected argument '\(extra)'")
      }
    }
  }
}

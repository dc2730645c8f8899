import Foundation
import Site

/// The command line: parses arguments, runs one command of the `Site` module, prints the
/// outcome, and exits with 0 (success), 1 (content errors) or 2 (usage errors).
func main() -> Int32 {
  let raw = Array(CommandLine.arguments.dropFirst())
  let language = MessageLanguage.choose(
    rawArguments: raw, environment: ProcessInfo.processInfo.environment)
  MessageLanguage.useForInterruptions(language)
  let arguments: Arguments
  do {
    arguments = try Arguments(raw)
  } catch {
    Console.error(SummaryText.usage(error.message, in: language))
    return 2
  }
  switch arguments.command {
  case .help:
    print(HelpText.text(in: language))
    return 0
  case .version:
    print(Help.version)
    return 0
  case .build:
    return Commands.build(arguments)
  case .check:
    return Commands.check(arguments)
  case .new:
    return Commands.new(arguments)
  case .schema:
    return Commands.schema(arguments)
  case .serve:
    return Commands.serve(arguments)
  case .initialize:
    return Commands.initialize(arguments)
  }
}

exit(main())

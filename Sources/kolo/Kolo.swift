import ArgumentParser

@main
struct Kolo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kolo",
        abstract: "A static site generator for multilingual NGO hubs.",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, I18nCommand.self, ServeCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}

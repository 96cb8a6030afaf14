import ArgumentParser
import Recoupe

struct Names: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Name reconciliation.", subcommands: [])
}

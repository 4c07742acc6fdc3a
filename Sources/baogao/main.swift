import BaogaoCLI
import Foundation

exit(BaogaoCLI.run(arguments: Array(CommandLine.arguments.dropFirst())).rawValue)

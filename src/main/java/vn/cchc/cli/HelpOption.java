package vn.cchc.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} on every command; picocli prints the generated help and exits 0. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean requested;
}

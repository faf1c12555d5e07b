package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line's own behaviour, without a warehouse: help, usage errors and their exit codes. */
class CliTest {

    @Test
    void anUnknownCommandIsAUsageErrorNotTheWebApp() {
        CliRun run = CliRun.of("usr", "add", "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).startsWith(
                "No command usr; the commands: load, generate, export, snapshot, compose, brief, serve, user, help — Did you mean: user?",
                "Usage: java -jar cchc-analytics.jar [-h] [--lang vi|en] COMMAND");
        assertThat(run.err()).contains("Help: java -jar cchc-analytics.jar --help");
    }

    @Test
    void usageErrorsAreInVietnameseByDefault() {
        CliRun run = CliRun.of("usr");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("Không có lệnh usr; các lệnh: load, generate, export, snapshot, compose, brief, serve, user, help")
                .contains("Cách dùng: java -jar cchc-analytics.jar");
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRun run = CliRun.of("lod", "reports/", "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).endsWith("Did you mean: load?"));
    }

    @Test
    void optionsWithoutACommandAreAUsageError() {
        CliRun run = CliRun.of("--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("A command is needed").contains("Usage: java -jar cchc-analytics.jar");
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        for (String[] args : new String[][] {{"--help", "--lang", "en"}, {"help", "--lang", "en"}, {"-h", "--lang", "en"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exit()).as(String.join(" ", args)).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains("Usage: java -jar cchc-analytics.jar [-h] [--lang vi|en] COMMAND")
                    .containsPattern("(?m)^  load +Loads CCHC reports")
                    .containsPattern("(?m)^  generate +Generates a sample history")
                    .containsPattern("(?m)^  export +Exports one indicator")
                    .containsPattern("(?m)^  serve +Starts the web dashboard")
                    .containsPattern("(?m)^  user +Manages the web app's accounts")
                    .containsPattern("(?m)^  help +Shows a command's help");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "load     | --db FILE        | Exit codes: 0 success; 1 a file failed; 2 usage error;",
            "generate | --formats F,...  | Exit codes: 0 success; 1 a file cannot be written; 2 usage",
            "export   | --indicator ID   | Exit codes: 0 success (a note when no row matched); 1 the file",
            "serve    | --PROPERTY=VALUE | Spring Boot options, e.g. --server.port=9090",
            "user     | COMMAND          | 3 the account store cannot be opened.",
            "help     | COMMAND          | Without COMMAND: the general help."})
    void everyCommandHasItsGeneratedHelp(String command, String option, String text) {
        CliRun run = CliRun.of(command, "--help", "--lang", "en");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Usage: java -jar cchc-analytics.jar " + command + " [-h]").contains(option).contains(text);
        assertThat(CliRun.of("help", command, "--lang", "en").out()).as("help " + command).isEqualTo(run.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "add            | --province PROVINCE",
            "list           | --accounts FILE",
            "disable        | NAME",
            "enable         | NAME",
            "reset-password | NAME"})
    void everyUserCommandHasItsGeneratedHelp(String command, String argument) {
        CliRun run = CliRun.of("user", command, "--help", "--lang", "en");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: java -jar cchc-analytics.jar user " + command + " [-h]").contains(argument);
    }

    @Test
    void aUserCommandThatIsNoneIsAUsageError() {
        CliRun run = CliRun.of("user", "delete", "alice", "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("No command delete; the commands: add, list, disable, enable, reset-password");
        assertThat(CliRun.of("user", "--lang", "en").err()).startsWith("A command is needed");
    }

    @Test
    void helpIsInVietnameseByDefault() {
        CliRun run = CliRun.of("load", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Cách dùng: java -jar cchc-analytics.jar load").contains("--db TỆP")
                .contains("Mã thoát: 0 thành công; 1 có tệp bị lỗi");
    }

    @Test
    void anUnknownOptionIsAUsageErrorOfItsCommand() {
        CliRun run = CliRun.of("load", "--bogus", "x", "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("unknown option or argument --bogus")
                .contains("Usage: java -jar cchc-analytics.jar load").contains("Help: java -jar cchc-analytics.jar load --help");
    }

    @Test
    void anOptionWithoutItsValueSaysSoInTheWordsScriptsKnow() {
        CliRun run = CliRun.of("export", "--db", "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("--db needs a value");
        assertThat(CliRun.of("export", "--db").err()).as("option syntax stays English").startsWith("--db needs a value");
    }

    @Test
    void aValueOfTheWrongTypeIsAUsageError() {
        CliRun run = CliRun.of("load", "--threads", "many", "--db", "w.duckdb", "reports/", "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--threads").contains("many");
    }

    @Test
    void theLanguageMayBeGivenWithAnEqualsSign() {
        assertThat(CliRun.of("usr", "--lang=en").err()).startsWith("No command usr");
    }
}

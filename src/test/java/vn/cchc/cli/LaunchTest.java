package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which arguments start the web app and which the command line: decided without starting either. */
class LaunchTest {

    @Test
    void noArgumentsStartTheWebApp() {
        Launch launch = Launch.of();
        assertThat(launch.webApp()).isTrue();
        assertThat(launch.springArgs()).isEmpty();
    }

    @Test
    void springOptionsAloneStartTheWebAppAndAllReachSpring() {
        Launch launch = Launch.of("--server.port=9090", "--cchc.sample.on-first-start=false");
        assertThat(launch.webApp()).isTrue();
        assertThat(launch.springArgArray()).containsExactly("--server.port=9090", "--cchc.sample.on-first-start=false");
    }

    @Test
    void serveStartsTheWebAppAndPassesWhatFollowsToSpring() {
        assertThat(Launch.of("serve").webApp()).isTrue();
        assertThat(Launch.of("serve").springArgs()).isEmpty();
        Launch launch = Launch.of("serve", "--server.port=9090", "--debug");
        assertThat(launch.webApp()).isTrue();
        assertThat(launch.springArgs()).containsExactly("--server.port=9090", "--debug");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void serveWithHelpIsTheCommandLinesHelpNotAStart(String help) {
        assertThat(Launch.of("serve", help).webApp()).isFalse();
        assertThat(Launch.of("serve", "--server.port=9090", help).webApp()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"load", "generate", "export", "help", "--help", "-h", "usr", "Serve", "--lang", "--server.port", "--=x"})
    void everyOtherFirstWordGoesToTheCommandLine(String first) {
        assertThat(Launch.of(first).webApp()).as(first).isFalse();
        assertThat(Launch.of(first, "add").webApp()).as(first + " add").isFalse();
    }

    @Test
    void aSpringOptionBeforeACommandDoesNotMakeItTheWebApp() {
        assertThat(Launch.of("--server.port=9090", "load", "reports/").webApp()).isFalse();
        assertThat(Launch.of("load", "--db=w.duckdb").webApp()).isFalse();
    }
}

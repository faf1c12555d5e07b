package vn.cchc.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The first start: an admin with the given password, or with a random one printed once and to be changed. */
class AdminBootstrapIT {

    @TempDir
    Path dir;

    @Test
    void withoutAGivenPasswordARandomOneIsPrintedOnceAndMustBeChanged() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(AdminBootstrap.class)).addAppender(log);
        try (AccountDatabase db = AccountStore.open(dir.resolve("a.duckdb"))) {
            AccountStore store = AccountStore.on(db);
            new AdminBootstrap(store, "").afterPropertiesSet();
            Account admin = store.find("admin").orElseThrow();
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(admin.countryWide()).isTrue();
            assertThat(admin.mustChangePassword()).isTrue();
            String line = log.list.getFirst().getFormattedMessage();
            String password = line.substring(line.lastIndexOf(' ') + 1);
            assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                    .matches(password, store.credentials("admin").orElseThrow().passwordHash())).isTrue();

            new AdminBootstrap(store, "").afterPropertiesSet();
            assertThat(log.list).hasSize(1);
        } finally {
            ((Logger) LoggerFactory.getLogger(AdminBootstrap.class)).detachAppender(log);
        }
    }

    @Test
    void aGivenPasswordIsNeitherPrintedNorToBeChanged() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(AdminBootstrap.class)).addAppender(log);
        try (AccountDatabase db = AccountStore.open(dir.resolve("b.duckdb"))) {
            AccountStore store = AccountStore.on(db);
            new AdminBootstrap(store, "a-given-secret").afterPropertiesSet();
            assertThat(store.find("admin").orElseThrow().mustChangePassword()).isFalse();
            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(m -> m.contains("a-given-secret"));
        } finally {
            ((Logger) LoggerFactory.getLogger(AdminBootstrap.class)).detachAppender(log);
        }
    }
}

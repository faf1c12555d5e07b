package vn.cchc.security;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The account store, the audit log and password hashing as the web app uses them. */
@Configuration
public class AccountsConfig {

    /**
     * @param url      a JDBC URL (e.g. PostgreSQL) instead of the DuckDB file; empty for the file
     * @param user     for the URL; from the environment ({@code CCHC_ACCOUNTS_USER}), never a command line
     * @param password likewise ({@code CCHC_ACCOUNTS_PASSWORD})
     */
    @Bean(destroyMethod = "close")
    public AccountDatabase accountDatabase(@Value("${cchc.accounts.path}") String path,
                                           @Value("${cchc.accounts.url:}") String url,
                                           @Value("${cchc.accounts.user:}") String user,
                                           @Value("${cchc.accounts.password:}") String password) {
        return AccountDatabase.open(url.isBlank() ? AccountDatabase.Location.file(Path.of(path))
                : AccountDatabase.Location.url(url, user, password));
    }

    @Bean
    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** bcrypt for new hashes; older formats ({noop} excepted in practice) still verify. */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public AuditLog auditLog(AccountDatabase db, Clock clock) {
        return new AuditLog(db.dsl(), clock);
    }

    @Bean
    public AccountStore accountStore(AccountDatabase db, AuditLog audit, PasswordEncoder encoder, Clock clock) {
        return new AccountStore(db.dsl(), audit, encoder, clock);
    }

    @Bean
    public ApiTokens apiTokens(AccountDatabase db, AuditLog audit, AccountStore store, Clock clock) {
        return new ApiTokens(db.dsl(), audit, store, clock);
    }

    /** Sign-in successes and failures as application events, for the lock and the audit log ({@link SignInEvents}). */
    @Bean
    public AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        // Spring maps only its own exceptions to failure events: a single sign-on refusal
        // (OAuth2AuthenticationException, e.g. no enabled local account) published nothing and left no
        // trace in the audit log. SignInEvents tells failures apart by their exception, not the event class.
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return events;
    }
}

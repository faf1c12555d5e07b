package vn.cchc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.AccountDatabase.Location;
import vn.cchc.security.AccountException;

/**
 * {@code --accounts FILE}: the account store the {@code user} commands change. Without it, the one
 * the web app uses: {@code CCHC_ACCOUNTS_URL} (credentials from CCHC_ACCOUNTS_USER / _PASSWORD,
 * never arguments), else the file {@code CCHC_ACCOUNTS}, else data/cchc-accounts.duckdb.
 */
final class AccountFile {

    static final Path DEFAULT = Path.of("data", "cchc-accounts.duckdb");

    @Option(names = "--accounts", paramLabel = "${bundle:label.file}", descriptionKey = "opt.user.accounts")
    private Path file;

    Location location(Map<String, String> env) {
        if (file != null) {
            return Location.file(file);
        }
        String url = env.get("CCHC_ACCOUNTS_URL");
        if (url != null && !url.isBlank()) {
            return Location.url(url, env.get("CCHC_ACCOUNTS_USER"), env.get("CCHC_ACCOUNTS_PASSWORD"));
        }
        String path = env.get("CCHC_ACCOUNTS");
        return Location.file(path == null || path.isBlank() ? DEFAULT : Path.of(path));
    }

    /** The store, created and migrated if new (only {@code user add} creates one); close it after. */
    AccountDatabase create() {
        return open(location(System.getenv()));
    }

    /** An existing store: a mistyped --accounts must not create an empty one and report it empty. */
    AccountDatabase open(Messages messages) {
        Location location = location(System.getenv());
        if (location.file() != null && !Files.isRegularFile(location.file())) {
            throw new UsageException(messages.get("user.noStore", location.file()));
        }
        return open(location);
    }

    private static AccountDatabase open(Location location) {
        try {
            return AccountDatabase.open(location);
        } catch (AccountException e) {
            throw new AccountsUnavailableException(e.getMessage());
        }
    }

    /** The account store cannot be opened (typically held by the running web app): exit 3, like the warehouse. */
    static final class AccountsUnavailableException extends RuntimeException {
        AccountsUnavailableException(String message) {
            super(message);
        }
    }
}

package vn.cchc.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh account store for each Spring test context (a DuckDB file of its own: one process, one
 * writer), its first admin given a known password so that no temporary one holds the tests on the
 * password page.
 */
public final class TestAccounts {

    public static final String ADMIN_PASSWORD = "admin-test-password";

    private TestAccounts() {
    }

    public static Path register(DynamicPropertyRegistry registry) {
        try {
            Path file = Files.createTempDirectory("cchc-accounts").resolve("accounts.duckdb");
            registry.add("cchc.accounts.path", file::toString);
            registry.add("cchc.admin.password", () -> ADMIN_PASSWORD);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

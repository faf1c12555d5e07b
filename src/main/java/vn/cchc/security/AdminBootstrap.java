package vn.cchc.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first start: with no enabled admin, the account {@code admin} (country-wide) is created with
 * the password in {@code CCHC_ADMIN_PASSWORD}, or else with a random one printed once in the log,
 * which must be changed at the first sign-in.
 */
@Component
public class AdminBootstrap implements InitializingBean {

    static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountStore store;
    private final String password;

    public AdminBootstrap(AccountStore store, @Value("${cchc.admin.password:}") String password) {
        this.store = store;
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() {
        if (store.hasEnabledAdmin()) {
            return;
        }
        if (store.find(ADMIN).isPresent()) {
            LOG.warn("Không có tài khoản quản trị nào đang hoạt động; tài khoản 'admin' bị khóa — dùng lệnh "
                    + "'user reset-password admin'. / No enabled admin account, and 'admin' is disabled: use "
                    + "'user reset-password admin'.");
            return;
        }
        boolean given = !password.isBlank();
        char[] secret = given ? password.toCharArray() : random();
        String shown = given ? null : new String(secret);
        store.add(new NewAccount(ADMIN, null, Role.ADMIN, true, Set.of()), secret, !given, Actor.SYSTEM);
        if (given) {
            LOG.info("Đã tạo tài khoản quản trị 'admin' với mật khẩu trong CCHC_ADMIN_PASSWORD. / Created the admin "
                    + "account 'admin' with the password in CCHC_ADMIN_PASSWORD.");
        } else {
            // Printed this once only, as the way in on a fresh install; it must be changed at the first sign-in.
            LOG.warn("Đã tạo tài khoản quản trị 'admin', mật khẩu tạm (đổi khi đăng nhập lần đầu): {} / Created the "
                    + "admin account 'admin' with a temporary password (to be changed at the first sign-in): {}",
                    shown, shown);
        }
    }

    private static char[] random() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }
}

package fr.dui.server.security.accounts;

import fr.dui.server.security.SecuritySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At first start, creates the administrator account {@code admin}: with the password of
 * {@code DUI_SECURITY_ADMIN_PASSWORD}, or with a one-time password printed once in the log (to be changed at first
 * login). Never again once an administrator exists.
 */
public class AdminAccountBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;

    public AdminAccountBootstrap(AccountRepository accounts, PasswordEncoder encoder, SecuritySettings settings) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (accounts.anyOfKind(Account.Kind.ADMINISTRATOR)) {
            return;
        }
        boolean generated = settings.adminPassword().isBlank();
        String password = generated ? OneTimePasswords.generate() : settings.adminPassword();
        accounts.create(Account.opened(
                "admin", encoder.encode(password), Account.Kind.ADMINISTRATOR, null, "Administrateur", generated));
        if (generated) {
            log.warn(
                    "\n\n  First start: administrator account created.\n    login    : admin\n    password : {}\n"
                            + "  This password is shown only now: keep it in a safe place.\n",
                    password);
        } else {
            log.info("First start: administrator account 'admin' created with DUI_SECURITY_ADMIN_PASSWORD");
        }
    }
}

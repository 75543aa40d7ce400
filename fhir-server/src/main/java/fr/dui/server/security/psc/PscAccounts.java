package fr.dui.server.security.psc;

import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountChanged;
import fr.dui.server.security.accounts.AccountRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The local account a professional acts as after a Pro Santé Connect login: the PROFESSIONAL account linked to the
 * PractitionerRole (the person's own login first, when they also have one); when the role has none yet, a PSC-only
 * account is created for it, {@code psc.<idNat_PS>.<role id>}, whose password is random and never shown (an
 * administrator may reset it to give a form login too).
 */
public class PscAccounts {

    static final String PREFIX = "psc.";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PscAccounts(
            AccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** The account for this role; empty when the role's accounts are all disabled. */
    public Optional<Account> forRole(PscIdentity identity, String role, String remoteAddress) {
        List<Account> linked = accounts.linkedTo(Account.Kind.PROFESSIONAL, role);
        if (!linked.isEmpty()) {
            return linked.stream()
                    .filter(Account::enabled)
                    .min(Comparator.comparing((Account a) -> a.username().startsWith(PREFIX)));
        }
        String username = PREFIX + identity.idNat() + "." + role.substring(role.indexOf('/') + 1);
        try {
            accounts.create(Account.opened(
                    username,
                    encoder.encode(unusablePassword()),
                    Account.Kind.PROFESSIONAL,
                    role,
                    identity.displayName(),
                    false));
            events.publishEvent(
                    new AccountChanged(clock.instant(), username, "account-created", username, remoteAddress));
        } catch (DuplicateKeyException e) {
            // the same person's other browser created it at the same moment
        }
        return accounts.find(username).filter(Account::enabled);
    }

    private String unusablePassword() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}

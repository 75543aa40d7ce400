package fr.dui.server.security.accounts;

import fr.dui.server.security.SecuritySettings;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** Counts failed logins and locks an account after too many in a row. */
public class LoginAttempts {

    private final AccountRepository accounts;
    private final SecuritySettings settings;
    private final Clock clock;

    public LoginAttempts(AccountRepository accounts, SecuritySettings settings, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        accounts.recordFailure(
                username, settings.maxFailedLogins(), clock.instant().plus(settings.lockout()));
    }

    /** Too many wrong second-factor codes in one session: the account is locked as after wrong passwords. */
    public void onSecondFactorFailures(String username) {
        accounts.lockUntil(username, clock.instant().plus(settings.lockout()));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal()
                instanceof org.springframework.security.core.userdetails.UserDetails user) {
            accounts.recordSuccess(user.getUsername());
        }
    }
}

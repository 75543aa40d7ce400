package fr.dui.server.security.accounts;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Local accounts for the login form: a locked or disabled account cannot log in. */
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    public AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(clock.instant()))
                .authorities(List.of(
                        new SimpleGrantedAuthority("ROLE_" + account.kind().name())))
                .build();
    }
}

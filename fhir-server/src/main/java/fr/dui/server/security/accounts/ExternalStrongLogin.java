package fr.dui.server.security.accounts;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A login made with a strong means outside this server: Pro Santé Connect (CPS card or e-CPS app). The session then
 * asks neither the code of the local authenticator app ({@link SecondFactorGate}) nor to change a provisional local
 * password ({@link PasswordChangeGate}): the person used neither.
 */
public final class ExternalStrongLogin {

    /** The authority such a login carries (a plain string: it is stored with the authorizations it leads to). */
    public static final SimpleGrantedAuthority AUTHORITY = new SimpleGrantedAuthority("LOGIN_PRO_SANTE_CONNECT");

    private ExternalStrongLogin() {}

    public static boolean is(Authentication auth) {
        return auth != null && auth.getAuthorities().contains(AUTHORITY);
    }
}

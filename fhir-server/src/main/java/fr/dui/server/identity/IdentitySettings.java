package fr.dui.server.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity-vigilance (RNIV) settings.
 *
 * @param acceptTestIns accept INS from the INSi test system (OID 1.2.250.1.213.1.4.10): only for test and
 *     demonstration servers ({@code DUI_IDENTITY_ACCEPT_TEST_INS}); a production server refuses them
 */
@ConfigurationProperties("dui.identity")
public record IdentitySettings(@DefaultValue("false") boolean acceptTestIns) {}

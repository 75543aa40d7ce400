package fr.dui.server.support;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * The stand-in for Pro Santé Connect of a test JVM: a real OpenID Connect provider on this machine (discovery, JWKS,
 * authorization, token and UserInfo endpoints, signed ID tokens), started before the {@link SharedServer}, which
 * names it as its PSC issuer. Each login returns the identity the test queued, with PSC's claims.
 */
public final class PscProvider {

    public static final String CLIENT_ID = "dui-it-psc";
    public static final String CLIENT_SECRET = "secret-psc-du-test";
    private static final String ISSUER_ID = "esante-wallet";

    private static MockOAuth2Server server;

    private PscProvider() {}

    /** The issuer URL ({@code http://localhost:PORT/esante-wallet}), starting the provider on first use. */
    public static synchronized String issuer() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start(InetAddress.getLoopbackAddress(), ServerProcess.freePort());
        }
        return server.issuerUrl(ISSUER_ID).toString().replaceAll("/+$", "");
    }

    /** The next login at the provider authenticates this professional. */
    public static void nextLogin(Professional professional) {
        issuer();
        server.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER_ID,
                "f:" + UUID.randomUUID() + ":" + professional.idNat(),
                "JWT",
                List.of(CLIENT_ID),
                professional.claims(),
                3600));
    }

    static synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    /**
     * A professional as the Annuaire Santé knows them.
     *
     * @param idNat idNat_PS (8 + RPPS)
     * @param given first name
     * @param family last name
     * @param exercices their professions and where they exercise them
     */
    public record Professional(String idNat, String given, String family, List<Exercice> exercices) {

        /** PSC's UserInfo claims for this professional (the shape PSC sends, trimmed of what the DUI ignores). */
        Map<String, Object> claims() {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("SubjectNameID", idNat);
            claims.put("preferred_username", idNat);
            claims.put("given_name", given);
            claims.put("family_name", family);
            claims.put("SubjectOrganization", "");
            claims.put("Palier_Authentification", "APPPRIP3^1.2.250.1.213.1.5.1.1.1");
            claims.put("otherIds", List.of(Map.of("identifiant", idNat, "origine", "RPPS", "qualite", 1)));
            List<Map<String, Object>> practices = new ArrayList<>();
            for (Exercice e : exercices) {
                Map<String, Object> practice = new LinkedHashMap<>();
                practice.put("codeProfession", e.profession());
                practice.put("codeCategorieProfessionnelle", "C");
                practice.put("codeCiviliteDexercice", "");
                practice.put("nomDexercice", family);
                practice.put("prenomDexercice", given);
                practice.put("codeTypeSavoirFaire", "");
                practice.put("codeSavoirFaire", "");
                List<Map<String, Object>> activities = new ArrayList<>();
                for (String[] finess : e.finess()) {
                    Map<String, Object> activity = new LinkedHashMap<>();
                    activity.put("codeModeExercice", "S");
                    activity.put("codeSecteurDactivite", "SA17");
                    activity.put("numeroFinessSite", finess[0]);
                    activity.put("numeroFinessetablissementJuridique", finess[1]);
                    activity.put("raisonSocialeSite", "ÉTABLISSEMENT " + finess[0]);
                    activity.put("identifiantTechniqueDeLaStructure", "F" + finess[0]);
                    activities.add(activity);
                }
                practice.put("activities", activities);
                practices.add(practice);
            }
            claims.put("SubjectRefPro", Map.of("codeCivilite", "M", "exercices", practices));
            return claims;
        }
    }

    /**
     * A profession exercised.
     *
     * @param profession {@code codeProfession} (60 infirmier…)
     * @param finess each place of exercise: {FINESS géographique, FINESS juridique}
     */
    public record Exercice(String profession, List<String[]> finess) {}
}

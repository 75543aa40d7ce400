package fr.dui.server.security.psc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who Pro Santé Connect says logged in, from its UserInfo claims: the national identifier ({@code SubjectNameID},
 * idNat_PS, e.g. {@code 899700218896} = 8 + RPPS), the name, and the practices of the Annuaire Santé
 * ({@code SubjectRefPro.exercices[]}: profession and specialty, each with its activities in structures known by their
 * FINESS numbers).
 *
 * @param idNat the idNat_PS
 * @param givenName first name
 * @param familyName last name
 * @param exercices the professions exercised, with where
 */
public record PscIdentity(String idNat, String givenName, String familyName, List<Exercice> exercices)
        implements Serializable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A profession exercised ({@code exercices[]}).
     *
     * @param profession {@code codeProfession} (TRE_G15: 10 médecin, 21 pharmacien, 60 infirmier…)
     * @param savoirFaire {@code codeSavoirFaire} (specialty, e.g. SM26), or empty
     * @param activities where it is exercised
     */
    public record Exercice(String profession, String savoirFaire, List<Activity> activities) implements Serializable {}

    /**
     * A place of exercise ({@code exercices[].activities[]}).
     *
     * @param finessSite {@code numeroFinessSite}: the establishment (FINESS géographique), or empty
     * @param finessJuridique {@code numeroFinessetablissementJuridique}: its legal entity, or empty
     * @param name {@code raisonSocialeSite}
     */
    public record Activity(String finessSite, String finessJuridique, String name) implements Serializable {}

    /** Reads PSC's claims; absent values are empty strings, never null. */
    public static PscIdentity of(Map<String, Object> claims) {
        String idNat = text(claims.get("SubjectNameID"));
        if (idNat.isEmpty()) {
            idNat = text(claims.get("preferred_username"));
        }
        List<Exercice> exercices = new ArrayList<>();
        for (Map<String, Object> exercice :
                objects(object(claims.get("SubjectRefPro")).get("exercices"))) {
            List<Activity> activities = new ArrayList<>();
            for (Map<String, Object> activity : objects(exercice.get("activities"))) {
                activities.add(new Activity(
                        text(activity.get("numeroFinessSite")),
                        text(activity.get("numeroFinessetablissementJuridique")),
                        text(activity.get("raisonSocialeSite"))));
            }
            exercices.add(new Exercice(
                    text(exercice.get("codeProfession")),
                    text(exercice.get("codeSavoirFaire")),
                    List.copyOf(activities)));
        }
        return new PscIdentity(
                idNat, text(claims.get("given_name")), text(claims.get("family_name")), List.copyOf(exercices));
    }

    /** "Prénom NOM", for screens. */
    public String displayName() {
        return (givenName + " " + familyName.toUpperCase()).strip();
    }

    private static String text(Object value) {
        return value == null ? "" : Objects.toString(value).strip();
    }

    /** A JSON object claim, as PSC sends it (an object, or the same serialized as a string). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (value instanceof String s && s.strip().startsWith("{")) {
            try {
                return JSON.readValue(s, new TypeReference<Map<String, Object>>() {});
            } catch (Exception e) {
                return Map.of();
            }
        }
        return Map.of();
    }

    private static List<Map<String, Object>> objects(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object item : list) {
            Map<String, Object> map = object(item);
            if (!map.isEmpty()) {
                result.add(map);
            }
        }
        return result;
    }
}

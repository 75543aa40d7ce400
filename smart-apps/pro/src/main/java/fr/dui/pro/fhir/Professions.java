package fr.dui.pro.fhir;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.PractitionerRole;

/**
 * A professional's professions as the DUI's habilitation matrix names them ({@code TRE_R85|331}): the app offers an
 * action only to the professions the DUI's default matrix allows it (the DUI refuses the others anyway).
 */
public final class Professions {

    /** Record consents and signatures (consentements: c in the default matrix). */
    public static final Set<String> CONSENTS = Set.of("TRE_R85|331", "TRE_R85|359", "TRE_R94|41", "TRE_R85|330");

    private static final Pattern NOS = Pattern.compile("/NOS/(TRE_[A-Z0-9]+)-");

    private Professions() {}

    public static Set<String> of(PractitionerRole role) {
        Set<String> keys = new LinkedHashSet<>();
        for (CodeableConcept code : role.getCode()) {
            for (Coding coding : code.getCoding()) {
                Matcher m = NOS.matcher(coding.getSystem() == null ? "" : coding.getSystem());
                if (m.find()) {
                    keys.add(m.group(1) + "|" + coding.getCode());
                }
            }
        }
        return keys;
    }

    /** The search of the professional's role(s) ({@code fhirUser}: a PractitionerRole or a Practitioner). */
    public static String roleSearch(String fhirUser) {
        String me = Refs.relative(fhirUser);
        return me != null && me.startsWith("PractitionerRole/")
                ? "PractitionerRole?_id=" + BatchBuilder.enc(Refs.id(me))
                : "PractitionerRole?practitioner=" + BatchBuilder.enc(me == null ? "" : me);
    }
}

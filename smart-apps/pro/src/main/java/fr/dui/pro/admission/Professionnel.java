package fr.dui.pro.admission;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.Refs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PractitionerRole;

/**
 * The professional at the keyboard, as the waiting list needs them: the establishments where they work (their role's,
 * or every establishment of the OG for a role held at OG level) and whether their profession manages admissions.
 *
 * <p>The DUI's habilitation matrix is the authority (it refuses what it forbids); the app only avoids offering an
 * action the profession does not have by default: {@link #ADMISSION_PROFESSIONS} are the professions the default
 * matrix lets create and change administrative data.
 */
record Professionnel(boolean peutGerer, List<Etablissement> etablissements) implements java.io.Serializable {

    /** An establishment: its id, name and FINESS. */
    record Etablissement(String id, String nom, String finess) implements java.io.Serializable {}

    static final Set<String> ADMISSION_PROFESSIONS =
            Set.of("TRE_R85|331", "TRE_R85|359", "TRE_R94|41", "TRE_R85|330", "TRE_R85|333");
    private static final Pattern NOS = Pattern.compile("/NOS/(TRE_[A-Z0-9]+)-");

    /** Adds to a batch the search of the professional's role(s) with their organisations and the OG's establishments. */
    static int query(BatchBuilder batch, String fhirUser) {
        String me = Refs.relative(fhirUser);
        String criterion = me != null && me.startsWith("PractitionerRole/")
                ? "_id=" + enc(Refs.id(me))
                : "practitioner=" + enc(me == null ? "" : me);
        return batch.get("PractitionerRole?" + criterion
                + "&_include=PractitionerRole:organization&_revinclude:iterate=Organization:partof");
    }

    static Professionnel from(BatchAnswer answer, int index, Collection<Organization> alsoSeen) {
        boolean manages = false;
        Map<String, Etablissement> establishments = new LinkedHashMap<>();
        for (PractitionerRole role : answer.matches(index, PractitionerRole.class)) {
            for (var code : role.getCode()) {
                for (Coding coding : code.getCoding()) {
                    Matcher m = NOS.matcher(coding.getSystem() == null ? "" : coding.getSystem());
                    if (m.find() && ADMISSION_PROFESSIONS.contains(m.group(1) + "|" + coding.getCode())) {
                        manages = true;
                    }
                }
            }
        }
        List<Organization> organizations = new ArrayList<>(answer.included(index, Organization.class));
        organizations.addAll(alsoSeen);
        for (Organization o : organizations) {
            // an establishment has a FINESS and belongs to an OG; the OG itself is not one
            if (o.hasPartOf()) {
                establishments.putIfAbsent(o.getIdElement().getIdPart(), of(o));
            }
        }
        List<Etablissement> sorted = new ArrayList<>(establishments.values());
        sorted.sort(Comparator.comparing(Etablissement::nom));
        return new Professionnel(manages, sorted);
    }

    static Etablissement of(Organization o) {
        String finess = o.getIdentifier().stream()
                .filter(i -> AdmissionFhir.FINESS.equals(i.getSystem()))
                .map(Identifier::getValue)
                .findFirst()
                .orElse("");
        return new Etablissement(o.getIdElement().getIdPart(), o.getName(), finess);
    }

    Etablissement etablissement(String id) {
        return etablissements.stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElse(null);
    }
}

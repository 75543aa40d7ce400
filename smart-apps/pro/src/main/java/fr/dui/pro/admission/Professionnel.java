package fr.dui.pro.admission;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.droits.Droits;
import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.smart.SmartContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;

/**
 * The professional at the keyboard, as the waiting list needs them: the establishments where they work (their role's,
 * or every establishment of the OG for a role held at OG level) and whether they manage admissions: whether the DUI's
 * habilitations ({@code $mes-droits}, read in the same batch) let them create and change administrative data. The DUI
 * still refuses what it forbids; the app only avoids offering it.
 */
record Professionnel(boolean peutGerer, List<Etablissement> etablissements) implements java.io.Serializable {

    /** An establishment: its id, name and FINESS. */
    record Etablissement(String id, String nom, String finess) implements java.io.Serializable {}

    /**
     * Where a batch holds the professional's roles, their rights in general, and the rights the page shows (on the
     * usager in context: the same entry as the rights in general when there is none).
     */
    record Query(int roles, int droits, int droitsPage) {}

    /**
     * Adds to a batch the search of the professional's role(s) with their organisations and the OG's establishments,
     * their rights in general and, with a usager in context, their rights on that usager (for the page's navigation).
     */
    static Query query(BatchBuilder batch, SmartContext smart, DroitsReader droits) {
        String me = Refs.relative(smart.fhirUser());
        String criterion = me != null && me.startsWith("PractitionerRole/")
                ? "_id=" + enc(Refs.id(me))
                : "practitioner=" + enc(me == null ? "" : me);
        int roles = batch.get("PractitionerRole?" + criterion
                + "&_include=PractitionerRole:organization&_revinclude:iterate=Organization:partof");
        int general = droits.demanderEnGeneral(batch);
        return new Query(roles, general, smart.hasPatient() ? droits.demander(batch, smart.patient()) : general);
    }

    static Professionnel from(BatchAnswer answer, Query query, DroitsReader droits, Collection<Organization> alsoSeen) {
        droits.lire(answer, query.droitsPage());
        Droits rights = DroitsReader.lireSeulement(answer, query.droits());
        boolean manages = rights.peut(Droits.ADMINISTRATIF, "c") && rights.peut(Droits.ADMINISTRATIF, "u");
        Map<String, Etablissement> establishments = new LinkedHashMap<>();
        List<Organization> organizations = new ArrayList<>(answer.included(query.roles(), Organization.class));
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

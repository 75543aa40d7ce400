package fr.dui.pro.it;

import ca.uhn.fhir.context.FhirContext;
import fr.dui.server.support.ExampleData;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Random;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * The data of the tests, through the FHIR API: the guide's examples (Jeanne at the EHPAD, the IME, the SSIAD...),
 * loaded with their ids, and a history of Jeanne's last days (blood pressure and transmissions) copied from the
 * guide's examples, so that the profiles the server validates are the guide's.
 */
final class RecordData {

    static final String JEANNE = "usager-jeanne-dupont";
    static final String COORDINATOR_ROLE = "PractitionerRole/role-coord-leroy-ehpad";
    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final String[][] TARGETS = {
        {"douleur", "Douleur"},
        {"sommeil", "Sommeil"},
        {"alimentation", "Alimentation"},
        {"hygiene", "Hygiène"},
        {"mobilite", "Mobilité"}
    };

    private final DuiServer server;

    RecordData(DuiServer server) {
        this.server = server;
    }

    /** Every example of the guide but the AuditEvent ones (the trail is the server's own), in one transaction. */
    void loadExamples() {
        post(ExampleData.transaction(ExampleData.all(FHIR)));
    }

    /**
     * A coordonnateur de parcours of the EHPAD (TRE_R85 330: administratif, social, accompagnement and documents
     * open to write in the default matrix), who plans the agenda, records absences and the entourage, and records the
     * usager's signature of the projet personnalisé.
     */
    void addCoordinator() {
        addProfessional(
                "pro-coord-leroy",
                COORDINATOR_ROLE.substring(COORDINATOR_ROLE.indexOf('/') + 1),
                "LEROY",
                "Nadia",
                "etab-ehpad-tilleuls",
                "330",
                "Coordonnateur de parcours",
                "CP001");
    }

    /**
     * A secretary of the OG (a role held at OG level: every establishment of Les Tilleuls), who manages admissions
     * (TRE_R85 331, « Secrétaire assistante médico-administrative »: administrative data rcud in the default matrix).
     */
    void addSecretary(String practitionerId, String roleId) {
        addProfessional(
                practitionerId,
                roleId,
                "DURAND",
                "Nadia",
                "og-les-tilleuls",
                "331",
                "Secrétaire assistante médico-administrative",
                "SEC001");
    }

    /**
     * A professional with one role in this organisation (an establishment, or the OG), of this TRE_R85 profession.
     */
    void addProfessional(
            String practitionerId,
            String roleId,
            String family,
            String given,
            String organization,
            String profession,
            String professionDisplay,
            String localId) {
        String bundle = """
                {"resourceType":"Bundle","type":"transaction","entry":[
                 {"fullUrl":"Practitioner/%1$s","resource":{"resourceType":"Practitioner","id":"%1$s",
                   "meta":{"profile":["https://dui-libre.fr/fhir/StructureDefinition/dui-professionnel"]},
                   "identifier":[{"type":{"coding":[{"system":"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203","code":"IDNPS"}]},
                     "system":"urn:oid:1.2.250.1.71.4.2.1","value":"3690012346/%6$s"}],
                   "name":[{"family":"%3$s","given":["%4$s"]}]},
                  "request":{"method":"PUT","url":"Practitioner/%1$s"}},
                 {"fullUrl":"PractitionerRole/%2$s","resource":{"resourceType":"PractitionerRole","id":"%2$s",
                   "meta":{"profile":["https://dui-libre.fr/fhir/StructureDefinition/dui-role-professionnel"]},
                   "active":true,"practitioner":{"reference":"Practitioner/%1$s"},
                   "organization":{"reference":"Organization/%5$s"},
                   "code":[{"coding":[{"system":"https://mos.esante.gouv.fr/NOS/TRE_R85-RolePriseCharge/FHIR/TRE-R85-RolePriseCharge",
                     "code":"%7$s","display":"%8$s"}]}]},
                  "request":{"method":"PUT","url":"PractitionerRole/%2$s"}}]}
                """.formatted(
                        practitionerId, roleId, family, given, organization, localId, profession, professionDisplay);
        post(FHIR.newJsonParser().parseResource(Bundle.class, bundle));
    }

    /**
     * A second resident of the EHPAD, with a séjour and no evaluation nor projet yet, for the tests that write them
     * (Jeanne's fiche stays as the other tests expect it): Lucas's example identity renamed, Jeanne's séjour copied.
     */
    void addResident(String patientId, String family, String given, String encounterId) {
        org.hl7.fhir.r4.model.Patient patient = (org.hl7.fhir.r4.model.Patient)
                FHIR.newJsonParser().parseResource(ExampleData.json("Patient-usager-lucas-martin"));
        patient.setId(patientId);
        patient.getNameFirstRep().setFamily(family).getGiven().clear();
        patient.getNameFirstRep().addGiven(given);
        patient.setGender(org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.MALE);
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1939-04-21"));
        patient.getIdentifierFirstRep().setValue("3690012346/" + patientId);
        org.hl7.fhir.r4.model.Encounter stay = (org.hl7.fhir.r4.model.Encounter)
                FHIR.newJsonParser().parseResource(ExampleData.json("Encounter-sejour-jeanne-ehpad"));
        stay.setId(encounterId);
        stay.setSubject(new Reference("Patient/" + patientId));
        stay.getIdentifierFirstRep().setValue("3690012346/" + patientId + "-SEJOUR-1");
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (Resource r : new Resource[] {patient, stay}) {
            bundle.addEntry()
                    .setFullUrl(r.fhirType() + "/" + r.getIdElement().getIdPart())
                    .setResource(r)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT)
                    .setUrl(r.fhirType() + "/" + r.getIdElement().getIdPart());
        }
        post(bundle);
    }

    /** {@code days} days of Jeanne's record before now: a blood pressure and three transmissions a day. */
    void addHistory(int days, ZoneId zone) {
        Observation pressure = example("Observation-ta-jeanne-2024-05-02");
        Observation transmission = example("Observation-transmission-jeanne-douleur");
        Random random = new Random(42);
        ZonedDateTime now = ZonedDateTime.now(zone).withHour(6).withMinute(30);
        int perBundle = 300;
        Bundle bundle = null;
        for (int day = days; day >= 1; day--) {
            if (bundle == null || bundle.getEntry().size() >= perBundle) {
                if (bundle != null) {
                    post(bundle);
                }
                bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
            }
            ZonedDateTime morning = now.minusDays(day);
            Observation bp = pressure.copy();
            bp.setId((String) null);
            bp.setEffective(new DateTimeType(Date.from(morning.plusHours(2).toInstant())));
            bp.getComponent().get(0).setValue(mmHg(120 + random.nextInt(30)));
            bp.getComponent().get(1).setValue(mmHg(70 + random.nextInt(15)));
            add(bundle, bp);
            for (int i = 0; i < 3; i++) {
                Observation t = transmission.copy();
                t.setId((String) null);
                String[] target = TARGETS[(day + i) % TARGETS.length];
                t.getCode().getCodingFirstRep().setCode(target[0]).setDisplay(target[1]);
                t.setEffective(
                        new DateTimeType(Date.from(morning.plusHours(1 + 7L * i).toInstant())));
                t.getComponent().get(0).setValue(new StringType("Relevé du jour " + day + ", poste " + (i + 1) + "."));
                t.setPerformer(java.util.List.of(new Reference("PractitionerRole/role-as-benali-ehpad")));
                add(bundle, t);
            }
        }
        if (bundle != null && !bundle.getEntry().isEmpty()) {
            post(bundle);
        }
    }

    private static Quantity mmHg(int value) {
        return new Quantity()
                .setValue(new BigDecimal(value))
                .setUnit("mmHg")
                .setSystem("http://unitsofmeasure.org")
                .setCode("mm[Hg]");
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry()
                .setResource(resource)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType());
    }

    private static Observation example(String name) {
        return (Observation) FHIR.newJsonParser().parseResource(ExampleData.json(name));
    }

    private void post(Bundle bundle) {
        Http.expectJson(
                Http.send(HttpRequest.newBuilder(Http.uri(server.fhirBase()))
                        .header("Authorization", "Bearer " + server.serviceToken())
                        .header("Content-Type", "application/fhir+json")
                        .header("Accept", "application/fhir+json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                FHIR.newJsonParser().encodeResourceToString(bundle)))),
                200);
    }
}

package fr.dui.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.server.audit.AuditWriter;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.habilitations.DefaultHabilitations;
import fr.dui.server.security.habilitations.HabilitationAdminController;
import fr.dui.server.security.habilitations.Professions;
import fr.dui.server.support.BackendClient;
import fr.dui.server.support.DuiFixtures;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.ExampleData;
import fr.dui.server.support.Professionals;
import fr.dui.server.support.SharedServer;
import fr.dui.server.support.UserLogin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A professional sees the usagers of their establishments, and of those only what their profession may: checked on
 * every way data leaves the server (read, search and its total, {@code _include}, {@code _revinclude}, chained
 * parameters, {@code _history}, transactions, {@code $everything}), across establishments and across OGs, and with
 * the care team guarding medical data.
 */
@DuiServerTest
class HabilitationsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCOPES = "openid fhirUser user/*.cruds";
    private static final String JEANNE = "usager-jeanne-dupont"; // EHPAD resident
    private static final String PAUL = "usager-paul-girard"; // at home, SSIAD and SAAD of the same OG
    private static final String MEDICAL = "dlu-jeanne-chutes";
    private static final String TRANSMISSION = "transmission-jeanne-douleur";
    private static final String VITAL_SIGN = "ta-jeanne-2024-05-02";

    private final SharedServer server;
    private final IGenericClient system;
    private final UserLogin login;

    HabilitationsIT(SharedServer server) {
        this.server = server;
        this.system = server.client();
        this.login = new UserLogin(server);
    }

    @BeforeAll
    static void examples(SharedServer server) {
        ExampleData.load(server.client(), ExampleData.all(server.fhirContext()));
    }

    private String aideSoignant() {
        return login.token(Account.Kind.PROFESSIONAL, "PractitionerRole/role-as-benali-ehpad", SCOPES);
    }

    private String medecin() {
        return login.token(Account.Kind.PROFESSIONAL, "PractitionerRole/role-dr-martin-ehpad", SCOPES);
    }

    @Test
    void anAideSoignantReadsTransmissionsAndVitalSignsButNotMedicalData() throws Exception {
        String token = aideSoignant();
        assertThat(status(token, "/fhir/Observation/" + TRANSMISSION)).isEqualTo(200);
        assertThat(status(token, "/fhir/Observation/" + VITAL_SIGN)).isEqualTo(200);
        HttpResponse<String> medical = server.raw(token).get("/fhir/Observation/" + MEDICAL);
        assertThat(medical.statusCode()).isEqualTo(403);
        assertThat(medical.body()).contains("access-denied").doesNotContain("Désorientation");
        assertThat(status(token, "/fhir/MedicationRequest/prescription-jeanne-paracetamol"))
                .isEqualTo(403);

        // the search is narrowed, not refused: no medical observation, and a total that counts only what is shown
        JsonNode bundle = json(server.raw(token).get("/fhir/Observation?subject=Patient/" + JEANNE + "&_count=100"));
        List<String> ids = ids(bundle);
        assertThat(ids).contains(TRANSMISSION, VITAL_SIGN).doesNotContain(MEDICAL, "dlu-jeanne-desorientation");
        assertThat(bundle.path("total").asInt()).isEqualTo(ids.size());
        assertThat(status(token, "/fhir/MedicationRequest?subject=Patient/" + JEANNE))
                .as("a type the profession may not read at all")
                .isEqualTo(403);
    }

    @Test
    void aUsagersOppositionToSharingKeepsTheCategoryFromTheProfessionalsItNames() throws Exception {
        String token = aideSoignant();
        Consent opposition = ExampleData.copy(server.fhirContext(), Consent.class, "Consent-consent-jeanne-pp");
        opposition.setId((String) null);
        opposition.getCategory().clear();
        opposition.addCategory(new CodeableConcept(new Coding(
                "https://dui-libre.fr/fhir/CodeSystem/dui-type-consentement",
                "partage-informations-equipe",
                "Partage d'informations au sein de l'équipe")));
        opposition.getProvision().setType(Consent.ConsentProvisionType.DENY);
        opposition.getProvision().getActor().clear();
        opposition
                .getProvision()
                .addActor()
                .setRole(new CodeableConcept(
                        new Coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "PRCP", null)))
                .setReference(new Reference("PractitionerRole/role-as-benali-ehpad"));
        opposition.getProvision().getClass_().clear();
        opposition
                .getProvision()
                .addClass_(new Coding(
                        "https://dui-libre.fr/fhir/CodeSystem/dui-categorie-donnees", "accompagnement", null));
        String consent = system.create().resource(opposition).execute().getId().getIdPart();
        try {
            assertThat(status(token, "/fhir/Observation/" + TRANSMISSION))
                    .as("a transmission: accompagnement")
                    .isEqualTo(403);
            assertThat(status(token, "/fhir/Observation/" + VITAL_SIGN)).isEqualTo(200);
            assertThat(status(token, "/fhir/Patient/" + JEANNE)).isEqualTo(200);
            JsonNode bundle =
                    json(server.raw(token).get("/fhir/Observation?subject=Patient/" + JEANNE + "&_count=100"));
            assertThat(ids(bundle)).contains(VITAL_SIGN).doesNotContain(TRANSMISSION);
            assertThat(bundle.path("total").asInt()).isEqualTo(ids(bundle).size());
            // a colleague the opposition does not name still reads it
            assertThat(status(medecin(), "/fhir/Observation/" + TRANSMISSION)).isEqualTo(200);
        } finally {
            system.delete().resourceById("Consent", consent).execute();
        }
        assertThat(status(token, "/fhir/Observation/" + TRANSMISSION))
                .as("the opposition withdrawn")
                .isEqualTo(200);
    }

    @Test
    void aProfessionalSeesOnlyTheUsagersOfTheirEstablishments() throws Exception {
        String token = aideSoignant(); // EHPAD
        assertThat(status(token, "/fhir/Patient/" + JEANNE)).isEqualTo(200);
        assertThat(status(token, "/fhir/Patient/" + PAUL)).isEqualTo(403);
        assertThat(status(token, "/fhir/Coverage/apa-paul")).isEqualTo(403);
        JsonNode patients = json(server.raw(token).get("/fhir/Patient?_count=100"));
        assertThat(ids(patients)).contains(JEANNE).doesNotContain(PAUL);
        assertThat(patients.path("total").asInt()).isEqualTo(ids(patients).size());
        // chaining does not reach past the narrowing
        assertThat(ids(json(server.raw(token).get("/fhir/Encounter?subject.family=GIRARD"))))
                .isEmpty();
        assertThat(ids(json(server.raw(token)
                        .get("/fhir/Patient?_has:Encounter:subject:service-provider="
                                + "Organization/etab-ssiad-val-de-saone"))))
                .isEmpty();
    }

    /**
     * A search inside a {@code batch} (as the apps' screens send them: the team feed searches across usagers) is
     * narrowed like the same search alone, not refused as a whole because some match lies outside the caller's
     * establishments or is of a category the caller may not read.
     */
    @Test
    void aSearchInABatchIsNarrowedLikeTheSameSearchAlone() throws Exception {
        String token = aideSoignant(); // EHPAD
        String batch = """
                {"resourceType":"Bundle","type":"batch","entry":[
                 {"request":{"method":"GET","url":"Patient?_count=100"}},
                 {"request":{"method":"GET","url":"Encounter?_count=100"}},
                 {"request":{"method":"GET","url":"Observation?subject=Patient/%s&_count=100"}},
                 {"request":{"method":"GET","url":"Observation?_count=100"}}]}""".formatted(JEANNE);
        JsonNode answer = json(server.raw(token).post("/fhir", "application/fhir+json", batch));
        JsonNode patients = answer.path("entry").get(0);
        assertThat(patients.path("response").path("status").asText()).startsWith("200");
        assertThat(ids(patients.path("resource"))).contains(JEANNE).doesNotContain(PAUL);
        JsonNode encounters = answer.path("entry").get(1);
        assertThat(encounters.path("response").path("status").asText()).startsWith("200");
        assertThat(ids(encounters.path("resource")))
                .contains("sejour-jeanne-ehpad")
                .doesNotContain("sejour-paul-ssiad", "sejour-paul-saad");
        for (int i = 2; i <= 3; i++) { // Jeanne's observations, then all those the caller reaches
            JsonNode observations = answer.path("entry").get(i);
            assertThat(observations.path("response").path("status").asText()).startsWith("200");
            assertThat(ids(observations.path("resource")))
                    .contains(TRANSMISSION, VITAL_SIGN)
                    .doesNotContain(MEDICAL, "dlu-jeanne-desorientation");
        }
    }

    /**
     * The category narrowing of a batch keeps what the caller may read: a médecin of Jeanne's care team gets her
     * medical observations, although another resident of the EHPAD, outside his care teams, is among the usagers the
     * search narrowing adds (the category narrowing looks at the usager the search names, as for a search alone).
     */
    @Test
    void aMedecinsBatchSearchOfMedicalObservationsIsNotNarrowedAway() throws Exception {
        String resident = system.create()
                .resource(DuiFixtures.usager("VOISINE", "Odette"))
                .execute()
                .getId()
                .getIdPart();
        Encounter sejour = ExampleData.copy(server.fhirContext(), Encounter.class, "Encounter-sejour-jeanne-ehpad");
        sejour.setSubject(new Reference("Patient/" + resident));
        server.create(sejour);
        String batch = """
                {"resourceType":"Bundle","type":"batch","entry":[
                 {"request":{"method":"GET","url":"Observation?subject=Patient%%2F%s&category=%s&_count=100"}}]}""".formatted(
                        JEANNE,
                        java.net.URLEncoder.encode(
                                "https://dui-libre.fr/fhir/CodeSystem/dui-categorie-observation|observation-medicale",
                                StandardCharsets.UTF_8));
        JsonNode answer = json(server.raw(medecin()).post("/fhir", "application/fhir+json", batch));
        JsonNode medical = answer.path("entry").get(0);
        assertThat(medical.path("response").path("status").asText()).startsWith("200");
        assertThat(ids(medical.path("resource"))).contains(MEDICAL);
    }

    /**
     * ADM-3: a secretary registers a new person's application with the usager it creates, in one transaction: allowed in
     * her establishment (the application's performer), refused in another (nothing stored).
     */
    @Test
    void aSecretaryRegistersANewUsagersApplicationInHerEstablishmentOnly() throws Exception {
        String secretary = role(
                "etab-ime-petit-prince",
                Professions.coding("TRE_R85|331").setDisplay("Secrétaire assistante médico-administrative"));
        String token = login.token(Account.Kind.PROFESSIONAL, secretary, SCOPES);
        HttpResponse<String> here =
                server.raw(token).post("/fhir", "application/fhir+json", application("etab-ime-petit-prince", "LÉA"));
        assertThat(here.statusCode()).as(here.body()).isEqualTo(200);
        HttpResponse<String> elsewhere =
                server.raw(token).post("/fhir", "application/fhir+json", application("etab-ehpad-tilleuls", "INÈS"));
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(403);
        JsonNode found = json(server.raw(token).get("/fhir/Patient?family=NOUVELLE&_count=10"));
        assertThat(found.path("entry")).hasSize(1);
    }

    /** A transaction: a new usager, their application to this establishment and its waiting-list entry. */
    private String application(String establishment, String given) {
        org.hl7.fhir.r4.model.Patient usager = DuiFixtures.usager("NOUVELLE", given);
        org.hl7.fhir.r4.model.ServiceRequest request = ExampleData.copy(
                server.fhirContext(), org.hl7.fhir.r4.model.ServiceRequest.class, "ServiceRequest-demande-lucas-ime");
        request.setId((String) null);
        request.getSupportingInfo().clear();
        request.setRequester(null);
        request.getPerformer().clear();
        request.addPerformer(new Reference("Organization/" + establishment));
        org.hl7.fhir.r4.model.Task task =
                ExampleData.copy(server.fhirContext(), org.hl7.fhir.r4.model.Task.class, "Task-attente-lucas-ime");
        task.setId((String) null);
        task.setOwner(new Reference("Organization/" + establishment));
        org.hl7.fhir.r4.model.Bundle tx =
                new org.hl7.fhir.r4.model.Bundle().setType(org.hl7.fhir.r4.model.Bundle.BundleType.TRANSACTION);
        for (org.hl7.fhir.r4.model.Resource resource : List.of(usager, request, task)) {
            tx.addEntry()
                    .setFullUrl("urn:uuid:" + UUID.randomUUID())
                    .setResource(resource)
                    .getRequest()
                    .setMethod(org.hl7.fhir.r4.model.Bundle.HTTPVerb.POST)
                    .setUrl(resource.fhirType());
        }
        String patientUrl = tx.getEntry().get(0).getFullUrl();
        String requestUrl = tx.getEntry().get(1).getFullUrl();
        request.setSubject(new Reference(patientUrl));
        task.setFocus(new Reference(requestUrl));
        task.setFor(new Reference(patientUrl));
        return server.fhirContext().newJsonParser().encodeResourceToString(tx);
    }

    @Test
    void anotherOrganismeGestionnaireSeesNothingOfThisOne() throws Exception {
        String og = server.create(organization("og-les-tilleuls", "OG Autre Horizon", null));
        String etab = server.create(organization("etab-ehpad-tilleuls", "EHPAD Autre Horizon", og));
        String usager = system.create()
                .resource(DuiFixtures.usager("LOINTAIN", "Albert"))
                .execute()
                .getId()
                .getIdPart();
        Encounter sejour = ExampleData.copy(server.fhirContext(), Encounter.class, "Encounter-sejour-jeanne-ehpad");
        sejour.setSubject(new Reference("Patient/" + usager));
        sejour.setServiceProvider(new Reference("Organization/" + etab));
        server.create(sejour);
        String ide = role(etab, Professions.coding("TRE_A02|G15_60").setDisplay("Infirmier"));
        String token = login.token(Account.Kind.PROFESSIONAL, ide, SCOPES);

        assertThat(status(token, "/fhir/Patient/" + usager)).isEqualTo(200);
        assertThat(status(token, "/fhir/Patient/" + JEANNE)).isEqualTo(403);
        assertThat(status(token, "/fhir/Observation/" + TRANSMISSION)).isEqualTo(403);
        JsonNode patients = json(server.raw(token).get("/fhir/Patient?_count=100"));
        assertThat(ids(patients)).containsExactly(usager);
        assertThat(patients.path("total").asInt()).isEqualTo(1);
        assertThat(ids(json(server.raw(token).get("/fhir/Observation?_count=100"))))
                .isEmpty();
    }

    @Test
    void medicalDataNeedsTheCareTeam() throws Exception {
        // a second doctor of the EHPAD, not in Jeanne's care team
        String role =
                role("etab-ehpad-tilleuls", Professions.coding("TRE_A02|G15_10").setDisplay("Médecin"));
        String outsider = login.token(Account.Kind.PROFESSIONAL, role, SCOPES);
        assertThat(status(outsider, "/fhir/Observation/" + TRANSMISSION)).isEqualTo(200);
        assertThat(status(outsider, "/fhir/Observation/" + MEDICAL)).isEqualTo(403);
        assertThat(ids(json(server.raw(outsider).get("/fhir/Observation?subject=Patient/" + JEANNE + "&_count=100"))))
                .doesNotContain(MEDICAL);

        String doctor = medecin(); // in Jeanne's care team (example equipe-jeanne)
        assertThat(status(doctor, "/fhir/Observation/" + MEDICAL)).isEqualTo(200);
        assertThat(ids(json(server.raw(doctor).get("/fhir/Observation?subject=Patient/" + JEANNE + "&_count=100"))))
                .contains(MEDICAL, TRANSMISSION);
    }

    @Test
    void includesHistoryTransactionsAndOperationsDoNotLeak() throws Exception {
        String token = aideSoignant();
        HttpResponse<String> revinclude =
                server.raw(token).get("/fhir/Patient?_id=" + JEANNE + "&_revinclude=Observation:subject&_count=100");
        assertThat(revinclude.body()).doesNotContain("\"" + MEDICAL + "\"");
        assertThat(revinclude.statusCode()).isIn(200, 403);

        HttpResponse<String> include = server.raw(token)
                .get("/fhir/Encounter?subject=Patient/" + JEANNE + "&_include=Encounter:subject&_count=100");
        assertThat(include.statusCode()).isEqualTo(200);
        assertThat(include.body()).doesNotContain(PAUL);

        assertThat(status(token, "/fhir/Observation/" + MEDICAL + "/_history")).isEqualTo(403);
        assertThat(status(token, "/fhir/Observation/" + MEDICAL + "/_history/1"))
                .isEqualTo(403);
        HttpResponse<String> typeHistory = server.raw(token).get("/fhir/Observation/_history?_count=200");
        assertThat(typeHistory.body()).doesNotContain("\"" + MEDICAL + "\"");
        assertThat(typeHistory.statusCode()).isIn(200, 403);

        // $everything: the record as the aide-soignant's habilitations open it, medical data left out
        HttpResponse<String> everything = server.raw(token).get("/fhir/Patient/" + JEANNE + "/$everything?_count=500");
        assertThat(everything.statusCode()).as(everything.body()).isEqualTo(200);
        JsonNode record = json(everything);
        assertThat(ids(record))
                .contains(JEANNE, TRANSMISSION, VITAL_SIGN)
                .doesNotContain(MEDICAL, "prescription-jeanne-paracetamol");
        assertThat(everything.body()).doesNotContain("\"" + MEDICAL + "\"");
        assertThat(record.has("total"))
                .as("no total counting what was left out")
                .isFalse();
        assertThat(status(token, "/fhir/Patient/" + PAUL + "/$everything"))
                .as("a usager of another establishment")
                .isEqualTo(403);
        assertThat(ids(json(server.raw(medecin()).get("/fhir/Patient/" + JEANNE + "/$everything?_count=500"))))
                .as("the doctor of her care team gets it all")
                .contains(MEDICAL, TRANSMISSION);

        // a transaction that writes medical data is refused whole, nothing stored
        String marker = "Ne-doit-pas-exister-" + System.nanoTime();
        String medical = ExampleData.json("Observation-" + MEDICAL)
                .replaceFirst("\"id\"\\s*:\\s*\"[^\"]+\"\\s*,", "")
                .replace(
                        "\"status\"",
                        "\"identifier\":[{\"system\":\"urn:dui:test\",\"value\":\"" + marker + "\"}],\"status\"");
        String transaction = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":["
                + "{\"resource\":"
                + ExampleData.json("Observation-" + TRANSMISSION).replaceFirst("\"id\"\\s*:\\s*\"[^\"]+\"\\s*,", "")
                + ",\"request\":{\"method\":\"POST\",\"url\":\"Observation\"}},"
                + "{\"resource\":" + medical + ",\"request\":{\"method\":\"POST\",\"url\":\"Observation\"}}]}";
        HttpResponse<String> refused = server.raw(token).post("/fhir", "application/fhir+json", transaction);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(system.search()
                        .forResource("Observation")
                        .where(org.hl7.fhir.r4.model.Observation.IDENTIFIER
                                .exactly()
                                .systemAndCode("urn:dui:test", marker))
                        .returnBundle(org.hl7.fhir.r4.model.Bundle.class)
                        .execute()
                        .getEntry())
                .isEmpty();
    }

    @Test
    void administratorsEditTheMatrixAndItTakesEffect() throws Exception {
        String admin = login.account(Account.Kind.ADMINISTRATOR, null);
        String other = login.account(Account.Kind.PROFESSIONAL, "PractitionerRole/role-as-benali-ehpad");
        assertThat(admin(other, "GET", null).statusCode()).isEqualTo(403);
        assertThat(admin(null, "GET", null).statusCode()).isEqualTo(401);

        HttpResponse<String> current = admin(admin, "GET", null);
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(current.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(current.body()).contains("*;TRE_R85|313;Aide-soignant;r;-;rcu;rcu;-;r;r;r");

        HttpResponse<String> broken = admin(admin, "PUT", current.body().replace("TRE_R85|313", "TRE_X|313"));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("profession").contains("TRE_X|313");

        // this EHPAD lets its aides-soignants read medical data (they are in Jeanne's care team)
        String edited = current.body() + "etab-ehpad-tilleuls;TRE_R85|313;Aide-soignant;r;-;rcu;rcu;r;r;r;r\n";
        try {
            assertThat(admin(admin, "PUT", edited).statusCode()).isEqualTo(200);
            assertThat(status(aideSoignant(), "/fhir/Observation/" + MEDICAL)).isEqualTo(200);
        } finally {
            assertThat(admin(admin, "PUT", DefaultHabilitations.text()).statusCode())
                    .isEqualTo(200);
        }
        assertThat(status(aideSoignant(), "/fhir/Observation/" + MEDICAL)).isEqualTo(403);
    }

    @Test
    void breakingTheGlassOpensARecordToReadForALimitedTimeTracedAndReported() throws Exception {
        // a nurse of the EHPAD: Paul, cared for at home by the SSIAD, is not theirs
        String role =
                role("etab-ehpad-tilleuls", Professions.coding("TRE_A02|G15_60").setDisplay("Infirmier"));
        String token = login.token(Account.Kind.PROFESSIONAL, role, SCOPES);
        assertThat(status(token, "/fhir/Patient/" + PAUL)).isEqualTo(403);

        HttpResponse<String> tooShort = breakGlass(token, PAUL, "urgence");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("Justification obligatoire");
        assertThat(breakGlass(token, "usager-qui-n-existe-pas", "Chute grave, le SAMU demande ses traitements")
                        .statusCode())
                .isEqualTo(404);
        String usagerToken =
                login.token(Account.Kind.USAGER, "Patient/" + JEANNE, "openid fhirUser launch/patient patient/*.rs");
        assertThat(breakGlass(usagerToken, PAUL, "Chute grave, le SAMU demande ses traitements")
                        .statusCode())
                .isEqualTo(403);

        String why = "Chute grave au domicile, le SAMU demande ses traitements en cours";
        HttpResponse<String> granted = breakGlass(token, PAUL, why);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(granted.body()).contains("expires").contains("tracés et signalés");

        // the whole record, to read, medical data included; writing stays what the habilitations say
        assertThat(status(token, "/fhir/Patient/" + PAUL)).isEqualTo(200);
        assertThat(status(token, "/fhir/Coverage/apa-paul")).isEqualTo(200);
        assertThat(ids(json(server.raw(token).get("/fhir/Patient?_count=100")))).contains(PAUL);
        assertThat(server.raw(token)
                        .put("/fhir/Patient/" + PAUL, "application/fhir+json", ExampleData.json("Patient-" + PAUL))
                        .statusCode())
                .isEqualTo(403);

        // reported to administrators and auditors, not to others
        String admin = login.account(Account.Kind.ADMINISTRATOR, null);
        HttpResponse<String> report = get(admin, "/admin/bris-de-glace");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains(role + ";" + PAUL + ";").contains(why);
        String auditorAccount = login.account(Account.Kind.AUDITOR, null);
        assertThat(get(auditorAccount, "/admin/bris-de-glace").statusCode()).isEqualTo(200);
        assertThat(get(login.account(Account.Kind.PROFESSIONAL, role), "/admin/bris-de-glace")
                        .statusCode())
                .isEqualTo(403);

        // and in the audit trail, with the justification and the BTG purpose
        String auditor = new BackendClient("it-auditeur-" + UUID.randomUUID(), List.of("system/AuditEvent.rs"))
                .registeredOn(server)
                .accessToken(server.issuer(), "system/AuditEvent.rs");
        assertThat(server.bean(AuditWriter.class).awaitIdle(Duration.ofSeconds(15)))
                .isTrue();
        String trail = server.raw(auditor)
                .get("/fhir/AuditEvent?patient=" + PAUL + "&_count=50")
                .body();
        assertThat(trail).contains("break-the-glass").contains("\"BTG\"").contains(why);
    }

    // ---- helpers ----

    private HttpResponse<String> breakGlass(String token, String usager, String justification) {
        String parameters = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"justification\","
                + "\"valueString\":\"" + justification + "\"}]}";
        return server.raw(token)
                .post("/fhir/Patient/" + usager + "/$bris-de-glace", "application/fhir+json", parameters);
    }

    private HttpResponse<String> get(String username, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.issuer() + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((username + ":" + UserLogin.PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> admin(String username, String method, String body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(server.issuer() + HabilitationAdminController.PATH));
        if (username != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (username + ":" + UserLogin.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            request.header("Content-Type", "text/csv; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String role(String establishment, Coding profession) {
        return Professionals.create(system, establishment, profession);
    }

    /** A copy of an example organisation under another name (and OG). */
    private Organization organization(String example, String name, String partOf) {
        Organization org = ExampleData.copy(server.fhirContext(), Organization.class, "Organization-" + example);
        org.setName(name);
        if (partOf != null) {
            org.setPartOf(new Reference("Organization/" + partOf));
        }
        return org;
    }

    private int status(String token, String path) {
        return server.raw(token).get(path).statusCode();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode bundle) {
        List<String> ids = new ArrayList<>();
        bundle.path("entry").forEach(e -> {
            if (!"include".equals(e.path("search").path("mode").asText())) {
                ids.add(e.path("resource").path("id").asText());
            }
        });
        return ids;
    }
}

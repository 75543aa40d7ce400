package fr.dui.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.ExampleData;
import fr.dui.server.support.SharedServer;
import fr.dui.server.support.UserLogin;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * REL-5: the personne de confiance sees what the usager's consent allows, nothing else, and only while it holds;
 * the rest of the entourage sees nothing.
 */
@DuiServerTest
class ProcheAccessIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JEANNE = "usager-jeanne-dupont";
    private static final String MARIE = "RelatedPerson/entourage-marie-lefevre"; // personne de confiance (NOK)
    private static final String PIERRE = "RelatedPerson/entourage-pierre-dupont"; // personne à prévenir (ECON)
    private static final String SCOPES = "openid fhirUser launch/patient patient/*.rs";

    private final SharedServer server;
    private final IGenericClient system;
    private final UserLogin login;

    ProcheAccessIT(SharedServer server) {
        this.server = server;
        this.system = server.client();
        this.login = new UserLogin(server);
    }

    @BeforeAll
    static void examples(SharedServer server) {
        ExampleData.load(server.client(), ExampleData.all(server.fhirContext()));
    }

    @Test
    void thePersonneDeConfianceReadsWhatTheConsentAllowsWhileItHolds() throws Exception {
        String marie = login.account(Account.Kind.PROCHE, MARIE);
        // no consent yet: no usager in context, nothing readable
        JsonNode before = login.tokenResponse(marie, SCOPES, null);
        assertThat(before.has("patient")).isFalse();
        assertThat(status(before.path("access_token").asText(), "/fhir/Patient/" + JEANNE))
                .isEqualTo(403);

        String consent = consent(MARIE, List.of());
        try {
            JsonNode token = login.tokenResponse(marie, SCOPES, null);
            assertThat(token.path("patient").asText()).isEqualTo(JEANNE);
            String access = token.path("access_token").asText();
            assertThat(status(access, "/fhir/Patient/" + JEANNE)).isEqualTo(200);
            assertThat(status(access, "/fhir/CarePlan/pp-jeanne")).isEqualTo(200);
            assertThat(status(access, "/fhir/Patient/usager-paul-girard")).isEqualTo(403);
            assertThat(server.raw(access)
                            .put(
                                    "/fhir/Patient/" + JEANNE,
                                    "application/fhir+json",
                                    ExampleData.json("Patient-" + JEANNE))
                            .statusCode())
                    .as("a proche never writes")
                    .isEqualTo(403);

            // the usager narrows the consent to the projet personnalisé: observations close at once
            system.delete().resourceById("Consent", consent).execute();
            consent = consent(MARIE, List.of("Patient", "CarePlan", "Goal"));
            assertThat(status(access, "/fhir/CarePlan/pp-jeanne")).isEqualTo(200);
            assertThat(status(access, "/fhir/Observation/transmission-jeanne-douleur"))
                    .isEqualTo(403);
            assertThat(status(access, "/fhir/Observation?subject=Patient/" + JEANNE))
                    .isEqualTo(403);

            // withdrawn: the same token reads nothing any more
            system.delete().resourceById("Consent", consent).execute();
            consent = null;
            assertThat(status(access, "/fhir/Patient/" + JEANNE)).isEqualTo(403);
        } finally {
            if (consent != null) {
                system.delete().resourceById("Consent", consent).execute();
            }
        }
    }

    @Test
    void everythingGivesTheUsagerHerRecordAndThePersonneDeConfianceWhatTheConsentOpens() throws Exception {
        // the usager: her own record, without what lies outside her compartment (professionals, establishments)
        String jeanne = login.token(Account.Kind.USAGER, "Patient/" + JEANNE, SCOPES);
        HttpResponse<String> own = server.raw(jeanne).get("/fhir/Patient/" + JEANNE + "/$everything?_count=500");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        Map<String, Long> ownTypes = types(JSON.readTree(own.body()));
        assertThat(ownTypes).containsKeys("Patient", "CarePlan", "Observation", "Encounter");
        assertThat(ownTypes).doesNotContainKeys("Practitioner", "PractitionerRole", "Organization");
        assertThat(JSON.readTree(own.body()).has("total"))
                .as("no total that would count what was left out")
                .isFalse();
        assertThat(status(jeanne, "/fhir/Patient/usager-paul-girard/$everything"))
                .isEqualTo(403);

        // the next pages of the answer are trimmed the same way
        HttpResponse<String> first = server.raw(jeanne).get("/fhir/Patient/" + JEANNE + "/$everything?_count=5");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        Map<String, Long> paged = new TreeMap<>();
        JsonNode page = JSON.readTree(first.body());
        for (int pages = 1; ; pages++) {
            types(page).forEach((type, n) -> paged.merge(type, n, Long::sum));
            String next = link(page, "next");
            if (next == null || pages > 100) {
                break;
            }
            HttpResponse<String> answer = server.raw(jeanne).get(next.substring(next.indexOf("/fhir")));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            page = JSON.readTree(answer.body());
        }
        assertThat(paged).isEqualTo(ownTypes);

        // the personne de confiance: only the types Jeanne's consent lists
        String marie = login.account(Account.Kind.PROCHE, MARIE);
        String consent = consent(MARIE, List.of("Patient", "CarePlan", "Goal"));
        try {
            String access = login.tokenResponse(marie, SCOPES, null)
                    .path("access_token")
                    .asText();
            HttpResponse<String> record = server.raw(access).get("/fhir/Patient/" + JEANNE + "/$everything?_count=500");
            assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
            assertThat(types(JSON.readTree(record.body())))
                    .containsKeys("Patient", "CarePlan")
                    .satisfies(t ->
                            assertThat(List.of("Patient", "CarePlan", "Goal")).containsAll(t.keySet()));
        } finally {
            system.delete().resourceById("Consent", consent).execute();
        }
    }

    @Test
    void theRestOfTheEntourageReadsNothingEvenWhenTheConsentNamesSomeoneElse() throws Exception {
        String consent = consent(MARIE, List.of());
        try {
            String pierre = login.account(Account.Kind.PROCHE, PIERRE);
            JsonNode token = login.tokenResponse(pierre, SCOPES, null);
            assertThat(token.has("patient")).isFalse();
            assertThat(status(token.path("access_token").asText(), "/fhir/Patient/" + JEANNE))
                    .isEqualTo(403);
        } finally {
            system.delete().resourceById("Consent", consent).execute();
        }
    }

    /** Jeanne's consent to her personne de confiance's access, limited to these types (none: the whole record). */
    private String consent(String proche, List<String> types) {
        Consent consent = (Consent)
                server.fhirContext().newJsonParser().parseResource(ExampleData.json("Consent-consent-jeanne-pp"));
        consent.setId((String) null);
        consent.getCategory().clear();
        consent.addCategory(new CodeableConcept(new Coding(
                "https://dui-libre.fr/fhir/CodeSystem/dui-type-consentement",
                "acces-personne-confiance",
                "Accès de la personne de confiance")));
        consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
        consent.getProvision()
                .addActor()
                .setRole(new CodeableConcept(
                        new Coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", null)))
                .setReference(new Reference(proche));
        types.forEach(t -> consent.getProvision().addClass_(new Coding("http://hl7.org/fhir/resource-types", t, null)));
        return system.create().resource(consent).execute().getId().getIdPart();
    }

    private static Map<String, Long> types(JsonNode bundle) {
        Map<String, Long> types = new TreeMap<>();
        bundle.path("entry")
                .forEach(
                        e -> types.merge(e.path("resource").path("resourceType").asText(), 1L, Long::sum));
        return types;
    }

    private static String link(JsonNode bundle, String relation) {
        for (JsonNode link : bundle.path("link")) {
            if (relation.equals(link.path("relation").asText())) {
                return link.path("url").asText();
            }
        }
        return null;
    }

    private int status(String token, String path) {
        return server.raw(token).get(path).statusCode();
    }
}

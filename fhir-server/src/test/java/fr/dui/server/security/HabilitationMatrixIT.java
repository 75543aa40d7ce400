package fr.dui.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.habilitations.DataCategory;
import fr.dui.server.security.habilitations.DefaultHabilitations;
import fr.dui.server.security.habilitations.Habilitation;
import fr.dui.server.security.habilitations.Interaction;
import fr.dui.server.security.habilitations.Professions;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.ExampleData;
import fr.dui.server.support.Professionals;
import fr.dui.server.support.SharedServer;
import fr.dui.server.support.UserLogin;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks the default habilitation matrix against the running server: for every profession of the table, a
 * professional of the example EHPAD (in the resident's care team, so the medical column counts as written) logs in
 * through the SMART login, and for every category of data tries to read, create, update and delete one of the
 * resident's resources of that category. Each answer must be what the cell says: allowed (2xx) or refused (403).
 */
@DuiServerTest
class HabilitationMatrixIT {

    private static final String EHPAD = "etab-ehpad-tilleuls";
    private static final String USAGER = "usager-jeanne-dupont";
    private static final String SCOPES = "openid fhirUser user/*.cruds";

    /** One resource of the resident per category, from the guide's examples. */
    private static final Map<DataCategory, String> SAMPLES = new EnumMap<>(Map.of(
            DataCategory.ADMINISTRATIF, "RelatedPerson/entourage-marie-lefevre",
            DataCategory.SOCIAL, "Coverage/apa-jeanne",
            DataCategory.ACCOMPAGNEMENT, "Observation/transmission-jeanne-douleur",
            DataCategory.SOINS, "Procedure/acte-jeanne-pansement",
            DataCategory.MEDICAL, "Observation/dlu-jeanne-chutes",
            DataCategory.DOCUMENTS, "DocumentReference/doc-jeanne-synthese",
            DataCategory.CONSENTEMENTS, "Consent/consent-jeanne-image",
            DataCategory.ANNUAIRE, "Organization/metropole-de-lyon"));

    private final SharedServer server;
    private final IGenericClient system;
    private final UserLogin login;

    HabilitationMatrixIT(SharedServer server) {
        this.server = server;
        this.system = server.client();
        this.login = new UserLogin(server);
    }

    @BeforeAll
    static void examples(SharedServer server) {
        ExampleData.load(server.client(), ExampleData.all(server.fhirContext()));
    }

    @Test
    void everyCellOfTheDefaultMatrixIsWhatTheServerDoes() {
        List<Habilitation> matrix = DefaultHabilitations.rows();
        Map<String, String> professions = new LinkedHashMap<>();
        matrix.forEach(h -> professions.putIfAbsent(h.profession(), h.label()));
        assertThat(professions).hasSizeGreaterThanOrEqualTo(10);

        Map<String, String> roles = new LinkedHashMap<>();
        professions.forEach((profession, label) -> roles.put(profession, createRole(profession, label)));
        CareTeam team = new CareTeam();
        team.getMeta().addProfile("https://dui-libre.fr/fhir/StructureDefinition/dui-equipe");
        team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
        team.setName("Équipe de la matrice (test)");
        team.setSubject(new Reference("Patient/" + USAGER));
        team.addManagingOrganization(new Reference("Organization/" + EHPAD));
        roles.values().forEach(role -> team.addParticipant().setMember(new Reference(role)));
        String teamId = system.create().resource(team).execute().getId().getIdPart();

        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try {
            for (Map.Entry<String, String> profession : professions.entrySet()) {
                String token = login.token(Account.Kind.PROFESSIONAL, roles.get(profession.getKey()), SCOPES);
                for (DataCategory category : DataCategory.values()) {
                    Set<Interaction> allowed = matrix.stream()
                            .filter(h -> h.profession().equals(profession.getKey()) && h.category() == category)
                            .findFirst()
                            .map(Habilitation::interactions)
                            .orElse(Set.of());
                    for (Interaction interaction : Interaction.values()) {
                        int status = attempt(token, category, interaction);
                        boolean granted = status >= 200 && status < 300;
                        checked++;
                        if (granted != allowed.contains(interaction) || (!granted && status != 403)) {
                            mismatches.add(profession.getValue() + " / " + category.code() + " / "
                                    + interaction.verb() + " : attendu "
                                    + (allowed.contains(interaction) ? "autorisé" : "refusé (403)") + ", obtenu "
                                    + status);
                        }
                    }
                }
            }
        } finally {
            system.delete().resourceById("CareTeam", teamId).execute();
        }
        assertThat(mismatches).as("cells checked: " + checked).isEmpty();
        assertThat(checked).isEqualTo(professions.size() * DataCategory.values().length * Interaction.values().length);
    }

    /** Tries one interaction on the category's sample as the professional; returns the HTTP status. */
    private int attempt(String token, DataCategory category, Interaction interaction) {
        String sample = SAMPLES.get(category);
        String type = sample.substring(0, sample.indexOf('/'));
        String json = ExampleData.json(sample.replace('/', '-'));
        return switch (interaction) {
            case READ -> server.raw(token).get("/fhir/" + sample).statusCode();
            case UPDATE ->
                server.raw(token)
                        .put("/fhir/" + sample, "application/fhir+json", json)
                        .statusCode();
            case CREATE -> {
                HttpResponse<String> created =
                        server.raw(token).post("/fhir/" + type, "application/fhir+json", withoutId(json));
                if (created.statusCode() == 201) {
                    deleteAsSystem(created);
                }
                yield created.statusCode();
            }
            case DELETE -> {
                Resource copy = (Resource) server.fhirContext().newJsonParser().parseResource(withoutId(json));
                String id = system.create().resource(copy).execute().getId().getIdPart();
                int status =
                        server.raw(token).delete("/fhir/" + type + "/" + id).statusCode();
                if (status != 200 && status != 204) {
                    system.delete().resourceById(type, id).execute();
                }
                yield status;
            }
        };
    }

    private void deleteAsSystem(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        String[] parts = location.replaceAll("/_history/.*", "").split("/");
        system.delete()
                .resourceById(parts[parts.length - 2], parts[parts.length - 1])
                .execute();
    }

    private static String withoutId(String json) {
        return json.replaceFirst("\"id\"\\s*:\\s*\"[^\"]+\"\\s*,", "");
    }

    private String createRole(String profession, String label) {
        return Professionals.create(
                system, EHPAD, Professions.coding(profession).setDisplay(label));
    }
}

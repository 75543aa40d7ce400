package fr.dui.server.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.dui.server.platform.errors.DuiError;
import fr.dui.server.platform.errors.DuiRequestException;
import java.util.Date;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class IdentityVigilanceTest {

    private static final String TEST_SYSTEM = "urn:oid:1.2.250.1.213.1.4.10";
    private static final String NIR_SYSTEM = "urn:oid:1.2.250.1.213.1.4.8";

    private final IdentityVigilance onTestServer = new IdentityVigilance(new IdentitySettings(true));
    private final IdentityVigilance inProduction = new IdentityVigilance(new IdentitySettings(false));

    @Test
    void testSystemInsOnlyOnATestServer() {
        Patient patient = qualified(TEST_SYSTEM, "238056912304586", "2024-02-20");

        assertThatCode(() -> onTestServer.created(patient)).doesNotThrowAnyException();
        assertThatThrownBy(() -> inProduction.created(patient))
                .isInstanceOfSatisfying(DuiRequestException.class, e -> {
                    assert e.error() == DuiError.IDENTITY_RULE_VIOLATED;
                })
                .hasMessageContaining("serveur de test");
    }

    @Test
    void productionInsWithAWrongKeyIsRefused() {
        assertThatCode(() -> inProduction.created(qualified(NIR_SYSTEM, "238056912304586", "2024-02-20")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> inProduction.created(qualified(NIR_SYSTEM, "238056912304587", "2024-02-20")))
                .hasMessageContaining("86 attendu");
    }

    @Test
    void qualifiedTraitsChangeOnlyAfterANewInsiCall() {
        Patient before = qualified(TEST_SYSTEM, "238056912304586", "2024-02-20");
        Patient renamedSameDay = qualified(TEST_SYSTEM, "238056912304586", "2024-02-20");
        renamedSameDay.getNameFirstRep().setFamily("DURAND");
        Patient renamedAfterInsi = qualified(TEST_SYSTEM, "238056912304586", "2024-06-01");
        renamedAfterInsi.getNameFirstRep().setFamily("DURAND");

        assertThatThrownBy(() -> onTestServer.updated(before, renamedSameDay)).hasMessageContaining("INSi");
        assertThatCode(() -> onTestServer.updated(before, renamedAfterInsi)).doesNotThrowAnyException();
    }

    @Test
    void theInsOfAQualifiedIdentityDoesNotChange() {
        Patient before = qualified(TEST_SYSTEM, "238056912304586", "2024-02-20");
        Patient other = qualified(TEST_SYSTEM, "142076938801209", "2024-06-01");

        assertThatThrownBy(() -> onTestServer.updated(before, other)).hasMessageContaining("ne se modifie pas");
    }

    @Test
    void steppingDownFromQualifiedIsAllowed() {
        Patient before = qualified(TEST_SYSTEM, "238056912304586", "2024-02-20");
        Patient provisional = qualified(TEST_SYSTEM, "238056912304586", "2024-02-20");
        provisional.getNameFirstRep().setFamily("DURAND");
        ((Coding) provisional
                        .getExtensionByUrl(PatientIdentity.RELIABILITY)
                        .getExtensionByUrl("identityStatus")
                        .getValue())
                .setCode("PROV");

        assertThatCode(() -> onTestServer.updated(before, provisional)).doesNotThrowAnyException();
    }

    private static Patient qualified(String system, String ins, String dateCollection) {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(system).setValue(ins);
        Extension reliability = patient.addExtension().setUrl(PatientIdentity.RELIABILITY);
        reliability.addExtension(
                "identityStatus",
                new Coding("https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0445", "VALI", null));
        reliability.addExtension(
                "methodCollection",
                new Coding("https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-method-collection", "INSI", null));
        reliability.addExtension("dateCollection", new DateType(dateCollection));
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily("DUPONT").addGiven("Jeanne");
        patient.setGender(AdministrativeGender.FEMALE);
        patient.setBirthDate(new Date(0));
        return patient;
    }
}

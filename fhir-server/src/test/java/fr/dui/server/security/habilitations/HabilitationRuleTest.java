package fr.dui.server.security.habilitations;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationInterceptor.Verdict;
import ca.uhn.fhir.rest.server.interceptor.auth.PolicyEnum;
import fr.dui.profiles.DuiPackages;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

/** Which usagers a resource is about: only Patient references count, never its author or performer. */
class HabilitationRuleTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private static IBaseResource example(String name) {
        return FHIR.newJsonParser().parseResource(DuiPackages.guide().read("example/" + name + ".json"));
    }

    @Test
    void theUsagerOfAResourceIsItsPatientNotItsProfessionals() {
        HabilitationRule rule = new HabilitationRule(Entitlements.NONE, null, FHIR);
        assertThat(rule.usagersOf(example("Observation-transmission-jeanne-douleur")))
                .containsExactly("usager-jeanne-dupont");
        assertThat(rule.usagersOf(example("Coverage-apa-jeanne"))).containsExactly("usager-jeanne-dupont");
        assertThat(rule.usagersOf(example("Task-action-jeanne-marche"))).containsExactly("usager-jeanne-dupont");
        assertThat(rule.usagersOf(example("Patient-usager-jeanne-dupont"))).containsExactly("usager-jeanne-dupont");
        assertThat(rule.usagersOf(example("DocumentReference-doc-jeanne-synthese")))
                .containsExactly("usager-jeanne-dupont");
    }

    /**
     * A new usager's application for admission is written with the Patient it creates, before any waiting-list entry
     * places them in an establishment: it is allowed where it is addressed, if the caller may create administrative
     * data there, and refused elsewhere.
     */
    @Test
    void anApplicationForAdmissionIsWrittenInTheEstablishmentsItIsAddressedTo() {
        ServiceRequest application = (ServiceRequest) example("ServiceRequest-demande-lucas-ime");
        application.setSubject(new Reference("Patient/usager-pas-encore-inscrit"));
        assertThat(HabilitationRule.establishmentsItLinks(application)).containsExactly("etab-ime-petit-prince");

        Verdict atTheIme = create(secretaryIn("etab-ime-petit-prince"), application);
        assertThat(atTheIme).as("a secretary of the IME").isNull(); // abstains: the scopes decide
        Verdict atTheEhpad = create(secretaryIn("etab-ehpad-tilleuls"), application);
        assertThat(atTheEhpad).isNotNull();
        assertThat(atTheEhpad.getDecision()).isEqualTo(PolicyEnum.DENY);
        // in a transaction that creates the usager too, the usager is not known yet: still refused elsewhere
        ServiceRequest withNewUsager = application.copy();
        withNewUsager.setSubject(new Reference("urn:uuid:6f1c2b9e-0000-4000-8000-000000000001"));
        Verdict newUsagerAtTheEhpad = create(secretaryIn("etab-ehpad-tilleuls"), withNewUsager);
        assertThat(newUsagerAtTheEhpad).isNotNull();
        assertThat(newUsagerAtTheEhpad.getDecision()).isEqualTo(PolicyEnum.DENY);
        org.hl7.fhir.r4.model.Task place = (org.hl7.fhir.r4.model.Task) example("Task-attente-lucas-ime");
        place.setFor(new Reference("urn:uuid:6f1c2b9e-0000-4000-8000-000000000001"));
        assertThat(create(secretaryIn("etab-ime-petit-prince"), place)).isNull();
        assertThat(create(secretaryIn("etab-ehpad-tilleuls"), place).getDecision())
                .isEqualTo(PolicyEnum.DENY);

        ServiceRequest prescription = application.copy();
        prescription.getCategoryFirstRep().getCodingFirstRep().setCode("autre");
        assertThat(HabilitationRule.establishmentsItLinks(prescription)).isEmpty();
    }

    /**
     * A séjour of a usager created in the same transaction (the reference is a urn:uuid, not resolved yet) opens only
     * in an establishment where the caller may create administrative data, not in another one of the OG.
     */
    @Test
    void aSejourOfANewUsagerOpensOnlyWhereTheCallerMayWrite() {
        org.hl7.fhir.r4.model.Encounter stay = (org.hl7.fhir.r4.model.Encounter) example("Encounter-sejour-lucas-ime");
        stay.setSubject(new Reference("urn:uuid:6f1c2b9e-0000-4000-8000-000000000002"));
        assertThat(HabilitationRule.establishmentsItLinks(stay)).containsExactly("etab-ime-petit-prince");

        assertThat(create(secretaryIn("etab-ime-petit-prince"), stay)).isNull();
        Verdict elsewhere = create(secretaryIn("etab-ehpad-tilleuls"), stay);
        assertThat(elsewhere).isNotNull();
        assertThat(elsewhere.getDecision()).isEqualTo(PolicyEnum.DENY);
    }

    private static Entitlements secretaryIn(String establishment) {
        return new Entitlements(
                Map.of(establishment, Map.of(DataCategory.ADMINISTRATIF, Set.of(Interaction.READ, Interaction.CREATE))),
                Map.of(),
                Set.of(),
                Map.of());
    }

    private static Verdict create(Entitlements entitlements, IBaseResource resource) {
        return new HabilitationRule(entitlements, null, FHIR)
                .applyRule(RestOperationTypeEnum.CREATE, null, resource, null, null, null, Set.of(), null);
    }
}

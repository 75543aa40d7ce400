package fr.dui.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import fr.dui.profiles.DuiCanonicals;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.ExampleData;
import fr.dui.server.support.RawHttp;
import fr.dui.server.support.SharedServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.*;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of invalid resources: each variant of a valid example breaks one rule of the DUI (profile, invariant,
 * binding, identity vigilance) and must be refused with a 422, the stable DUI error code, and a French message that
 * says what is wrong; nothing is stored.
 */
@DuiServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileRulesIT {

    private static final String REQUIRED = "profile-required";
    private static final String INVALID = "profile-validation-failed";
    private static final String IDENTITY = "identity-rule-violated";
    private static final String INS_TEST = "urn:oid:1.2.250.1.213.1.4.10";
    private static final String RELIABILITY =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability";

    private final IGenericClient client;
    private final RawHttp http;
    private final FhirContext fhir;

    ProfileRulesIT(SharedServer server) {
        this.client = server.client();
        this.http = server.raw();
        this.fhir = server.fhirContext();
    }

    @BeforeAll
    void loadExamples() {
        ExampleData.load(client, ExampleData.all(fhir));
    }

    record Variant(String name, String example, Consumer<Resource> change, String code, String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                // Profile declaration
                v(
                        "usager sans profil déclaré",
                        "Patient-usager-lucas-martin",
                        r -> r.getMeta().getProfile().clear(),
                        REQUIRED,
                        "dui-usager"),
                v(
                        "usager déclarant seulement FR Core",
                        "Patient-usager-lucas-martin",
                        r -> r.getMeta()
                                .setProfile(List.of(new CanonicalType(
                                        "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient"))),
                        REQUIRED,
                        "meta.profile"),
                v(
                        "GIR sans profil",
                        "Observation-gir-jeanne-2024",
                        r -> r.getMeta().getProfile().clear(),
                        REQUIRED,
                        "dui-gir"),
                // Identity (RNIV, INS)
                v(
                        "clé INS fausse",
                        "Patient-usager-jeanne-dupont",
                        r -> ins(r).setValue("238056912304599"),
                        IDENTITY,
                        "la clé du matricule INS"),
                v(
                        "INS de 14 caractères",
                        "Patient-usager-jeanne-dupont",
                        r -> ins(r).setValue("23805691230458"),
                        IDENTITY,
                        "format attendu"),
                v(
                        "identité qualifiée sans lieu de naissance",
                        "Patient-usager-jeanne-dupont",
                        r -> ((Patient) r)
                                .getExtension()
                                .removeIf(e -> e.getUrl().endsWith("patient-birthPlace")),
                        INVALID,
                        "birthPlace"),
                v(
                        "identité qualifiée sans mode de validation",
                        "Patient-usager-jeanne-dupont",
                        r -> reliability(r)
                                .getExtension()
                                .removeIf(e -> e.getUrl().equals("validationMode")),
                        INVALID,
                        "dui-qualifiee-mode-validation"),
                v(
                        "identité qualifiée avec INS lu sur la carte Vitale",
                        "Patient-usager-jeanne-dupont",
                        r -> ((Coding) reliability(r)
                                        .getExtensionByUrl("methodCollection")
                                        .getValue())
                                .setCode("CV")
                                .setDisplay("Carte vitale"),
                        INVALID,
                        "dui-qualifiee-insi"),
                v(
                        "deux INS",
                        "Patient-usager-jeanne-dupont",
                        r -> ((Patient) r).addIdentifier(ins(r).copy().setValue("142076938801209")),
                        INVALID,
                        "dui-ins-present"),
                v(
                        "usager non qualifié portant un INS",
                        "Patient-usager-lucas-martin",
                        r -> ((Patient) r)
                                .addIdentifier()
                                .setSystem(INS_TEST)
                                .setValue("241011305512351")
                                .getType()
                                .addCoding()
                                .setSystem("https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203")
                                .setCode("INS-NIR-TEST"),
                        INVALID,
                        "dui-usager-sans-ins"),
                v(
                        "statut VALI sans INS",
                        "Patient-usager-lucas-martin",
                        r -> ((Coding) reliability(r)
                                        .getExtensionByUrl("identityStatus")
                                        .getValue())
                                .setCode("VALI"),
                        INVALID,
                        "dui-usager-non-qualifie"),
                v(
                        "usager sans identifiant local",
                        "Patient-usager-lucas-martin",
                        r -> ((Patient) r).getIdentifier().clear(),
                        INVALID,
                        "identifier"),
                v(
                        "identifiant local sans FINESS",
                        "Patient-usager-lucas-martin",
                        r -> ((Patient) r).getIdentifierFirstRep().setValue("IME-0457"),
                        INVALID,
                        "dui-id-usager"),
                v(
                        "usager sans date de naissance",
                        "Patient-usager-lucas-martin",
                        r -> ((Patient) r).setBirthDate(null),
                        INVALID,
                        "birthDate"),
                v(
                        "usager sans sexe",
                        "Patient-usager-lucas-martin",
                        r -> ((Patient) r).setGender(null),
                        INVALID,
                        "gender"),
                v(
                        "usager sans statut d'identité",
                        "Patient-usager-lucas-martin",
                        r -> ((Patient) r)
                                .getExtension()
                                .removeIf(e -> e.getUrl().equals(RELIABILITY)),
                        INVALID,
                        "identityReliability"),
                // Evaluation, GIR
                v(
                        "code GIR inconnu",
                        "Observation-gir-jeanne-2024",
                        r -> ((Observation) r)
                                .setValue(new CodeableConcept(new Coding(
                                        "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis",
                                        "MED-999",
                                        null))),
                        INVALID,
                        "MED-999"),
                v(
                        "GIR sans valeur",
                        "Observation-gir-jeanne-2024",
                        r -> ((Observation) r).setValue(null),
                        INVALID,
                        "value"),
                v(
                        "évaluation sans auteur",
                        "QuestionnaireResponse-aggir-jeanne-2024",
                        r -> ((QuestionnaireResponse) r).setAuthor(null),
                        INVALID,
                        "author"),
                // Projet personnalisé
                v(
                        "projet personnalisé sans usager",
                        "CarePlan-pp-jeanne",
                        r -> ((CarePlan) r).setSubject(null),
                        INVALID,
                        "subject"),
                v(
                        "projet en cours sans accord de l'usager",
                        "CarePlan-pp-jeanne",
                        r -> ((CarePlan) r).getSupportingInfo().clear(),
                        INVALID,
                        "dui-pp-actif-accord"),
                v(
                        "projet sans date de révision",
                        "CarePlan-pp-jeanne",
                        r -> ((CarePlan) r).getExtension().clear(),
                        INVALID,
                        "dateRevision"),
                v(
                        "type de projet hors TRE_R390",
                        "CarePlan-pp-jeanne",
                        r -> ((CarePlan) r)
                                .getCategoryFirstRep()
                                .getCodingFirstRep()
                                .setCode("XYZ"),
                        INVALID,
                        "XYZ"),
                // Transmissions
                v(
                        "transmission sans données ni actions",
                        "Observation-transmission-jeanne-douleur",
                        r -> ((Observation) r)
                                .getComponent()
                                .removeIf(c -> !c.getCode()
                                        .getCodingFirstRep()
                                        .getCode()
                                        .equals("resultats")),
                        INVALID,
                        "dui-transmission-contenu"),
                v(
                        "transmission avec une valeur",
                        "Observation-transmission-jeanne-douleur",
                        r -> ((Observation) r).setValue(new StringType("texte libre")),
                        INVALID,
                        "value"),
                v(
                        "transmission sans auteur",
                        "Observation-transmission-jeanne-douleur",
                        r -> ((Observation) r).getPerformer().clear(),
                        INVALID,
                        "performer"),
                // Séjour, événement, présence
                v(
                        "séjour sans établissement",
                        "Encounter-sejour-jeanne-ehpad",
                        r -> ((Encounter) r).setServiceProvider(null),
                        INVALID,
                        "serviceProvider"),
                v(
                        "séjour terminé sans sortie",
                        "Encounter-sejour-jeanne-ehpad",
                        r -> ((Encounter) r).setStatus(Encounter.EncounterStatus.FINISHED),
                        INVALID,
                        "dui-sejour-sortie"),
                v(
                        "identifiant de séjour hors convention",
                        "Encounter-sejour-jeanne-ehpad",
                        r -> ((Encounter) r).getIdentifierFirstRep().setValue("SEJOUR-1"),
                        INVALID,
                        "dui-id-sejour"),
                v(
                        "événement annulé sans motif",
                        "Encounter-intervention-paul-courses",
                        r -> ((Encounter) r).getExtension().clear(),
                        INVALID,
                        "dui-evenement-annule"),
                v(
                        "absence sans motif",
                        "Slot-absence-paul-hospitalisation",
                        r -> ((Slot) r).getExtension().clear(),
                        INVALID,
                        "dui-absence-motif"),
                // Médicament
                v(
                        "médicament non donné sans motif",
                        "MedicationAdministration-administration-jeanne-2",
                        r -> ((MedicationAdministration) r).getStatusReason().clear(),
                        INVALID,
                        "dui-administration-motif"),
                v(
                        "prescription validée sans pharmacien",
                        "MedicationRequest-prescription-jeanne-paracetamol",
                        r -> ((MedicationRequest) r)
                                .getExtension()
                                .get(0)
                                .getExtension()
                                .removeIf(e -> e.getUrl().equals("pharmacien")),
                        INVALID,
                        "dui-validation-auteur"),
                v(
                        "prescription sans prescripteur",
                        "MedicationRequest-prescription-jeanne-paracetamol",
                        r -> ((MedicationRequest) r).setRequester(null),
                        INVALID,
                        "requester"),
                // Administratif, entourage, structures
                v(
                        "contrat en vigueur signé par une seule partie",
                        "Contract-contrat-sejour-jeanne",
                        r -> ((Contract) r).getSigner().remove(1),
                        INVALID,
                        "dui-contrat-signe"),
                v(
                        "rôle d'entourage hors JDV J384",
                        "RelatedPerson-entourage-marie-lefevre",
                        r -> ((RelatedPerson) r)
                                .getRelationshipFirstRep()
                                .getCodingFirstRep()
                                .setCode("PAT"),
                        INVALID,
                        "PAT"),
                v(
                        "FINESS de 8 chiffres",
                        "Organization-etab-ehpad-tilleuls",
                        r -> ((Organization) r).getIdentifierFirstRep().setValue("69001234"),
                        INVALID,
                        "dui-finess"),
                v(
                        "établissement hors organisme gestionnaire",
                        "Organization-etab-ehpad-tilleuls",
                        r -> ((Organization) r).setPartOf(null),
                        INVALID,
                        "partOf"),
                v(
                        "statut de liste d'attente inconnu",
                        "Task-attente-lucas-ime",
                        r -> ((Task) r).getBusinessStatus().getCodingFirstRep().setCode("99"),
                        INVALID,
                        "99"),
                v(
                        "document sans contenu",
                        "DocumentReference-doc-jeanne-synthese",
                        r -> ((DocumentReference) r)
                                .getContentFirstRep()
                                .getAttachment()
                                .setData(null),
                        INVALID,
                        "dui-document-contenu"),
                v(
                        "consentement sans date",
                        "Consent-consent-jeanne-image",
                        r -> ((Consent) r).setDateTime(null),
                        INVALID,
                        "dateTime"),
                v(
                        "prestation sociale sans période",
                        "Coverage-apa-jeanne",
                        r -> ((Coverage) r).setPeriod(null),
                        INVALID,
                        "period"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void invalidVariantIsRefusedInFrench(Variant variant) {
        Resource resource = (Resource) fhir.newJsonParser().parseResource(ExampleData.json(variant.example()));
        resource.setId((String) null);
        variant.change().accept(resource);

        HttpResponse<String> response = http.post(
                "/fhir/" + resource.fhirType(),
                "application/fhir+json",
                fhir.newJsonParser().encodeResourceToString(resource));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        OperationOutcome oo = (OperationOutcome) fhir.newJsonParser().parseResource(response.body());
        OperationOutcomeIssueComponent first = oo.getIssueFirstRep();
        assertThat(first.getDetails().getCodingFirstRep().getSystem()).isEqualTo(DuiCanonicals.ERROR_CODES);
        assertThat(first.getDetails().getCodingFirstRep().getCode()).isEqualTo(variant.code());
        String everything = oo.getIssue().stream()
                .map(i -> i.getDetails().getText() + " | " + i.getExpression() + " | " + i.getDiagnostics())
                .reduce("", String::concat);
        assertThat(everything).contains(variant.fragment());
        assertThat(first.getDetails().getText())
                .as("French")
                .containsAnyOf("ressource", "Ressource", "Règle", "identité", "INS", "profil");
        if (!variant.code().equals(REQUIRED)) {
            assertThat(oo.getIssue().stream().skip(1))
                    .as("located issues")
                    .allSatisfy(i -> assertThat(i.getExpression()).isNotEmpty());
        }
    }

    @Test
    void qualifiedIdentityTraitsDoNotChangeWithoutANewInsiCall() {
        Patient jeanne = client.read()
                .resource(Patient.class)
                .withId("usager-jeanne-dupont")
                .execute();
        jeanne.getName().stream()
                .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                .forEach(n -> n.setFamily("DUPONT-DURAND"));

        HttpResponse<String> response = http.put(
                "/fhir/Patient/usager-jeanne-dupont",
                "application/fhir+json",
                fhir.newJsonParser().encodeResourceToString(jeanne));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains(IDENTITY).contains("interrogez de nouveau l'INSi");
        Patient unchanged = client.read()
                .resource(Patient.class)
                .withId("usager-jeanne-dupont")
                .execute();
        assertThat(unchanged.getName().stream().map(HumanName::getFamily)).doesNotContain("DUPONT-DURAND");
    }

    private static Arguments v(String name, String example, Consumer<Resource> change, String code, String fragment) {
        return Arguments.of(new Variant(name, example, change, code, fragment));
    }

    private static Identifier ins(Resource r) {
        return ((Patient) r)
                .getIdentifier().stream()
                        .filter(i -> INS_TEST.equals(i.getSystem()))
                        .findFirst()
                        .orElseThrow();
    }

    private static Extension reliability(Resource r) {
        return ((Patient) r).getExtensionByUrl(RELIABILITY);
    }
}

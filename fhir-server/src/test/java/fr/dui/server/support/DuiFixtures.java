package fr.dui.server.support;

import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/** Valid DUI resources for tests that need some data, each with its own identifiers so runs never collide. */
public final class DuiFixtures {

    public static final String USAGER = "https://dui-libre.fr/fhir/StructureDefinition/dui-usager";
    public static final String GIR = "https://dui-libre.fr/fhir/StructureDefinition/dui-gir";
    public static final String LOCAL_ID_SYSTEM = "https://identifiant-medicosocial-localusager.esante.gouv.fr";

    private DuiFixtures() {}

    /** The tag system of resources a test creates to find them again among the shared server's. */
    public static final String TEST_TAG_SYSTEM = "urn:dui:test-run";

    /**
     * A transaction creating this many usagers ({@link #usager}, family names {@code family0}, {@code family1}…),
     * each tagged {@link #TEST_TAG_SYSTEM}{@code |tag}.
     */
    public static Bundle taggedUsagers(String family, String tag, int count) {
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (int i = 0; i < count; i++) {
            Patient usager = usager(family + i, "Test");
            usager.getMeta().addTag(TEST_TAG_SYSTEM, tag, null);
            transaction
                    .addEntry()
                    .setResource(usager)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("Patient");
        }
        return transaction;
    }

    /** A usager with a provisional identity (no INS), valid against dui-usager. */
    public static Patient usager(String family, String given) {
        Patient patient = new Patient();
        patient.getMeta().addProfile(USAGER);
        patient.addIdentifier()
                .setType(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/v2-0203", "PI", "Patient internal identifier")))
                .setSystem(LOCAL_ID_SYSTEM)
                .setValue("3690012346/" + UUID.randomUUID().toString().substring(0, 8));
        Extension reliability = patient.addExtension()
                .setUrl("https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability");
        reliability.addExtension(
                "identityStatus",
                new Coding("https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0445", "PROV", null));
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(family).addGiven(given);
        patient.setGender(AdministrativeGender.FEMALE);
        patient.getBirthDateElement().setValueAsString("1940-01-01");
        return patient;
    }

    /** The JSON of a valid usager (dui-usager), for tests that speak raw HTTP. */
    public static String usagerJson(String family, String given, String birthDate) {
        return "{\"resourceType\":\"Patient\",\"meta\":{\"profile\":[\"" + USAGER + "\"]},"
                + "\"extension\":[{\"url\":\"https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability\","
                + "\"extension\":[{\"url\":\"identityStatus\",\"valueCoding\":{\"system\":"
                + "\"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0445\",\"code\":\"PROV\"}}]}],"
                + "\"identifier\":[{\"type\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/v2-0203\","
                + "\"code\":\"PI\",\"display\":\"Patient internal identifier\"}]},\"system\":\"" + LOCAL_ID_SYSTEM
                + "\",\"value\":\"3690012346/"
                + UUID.randomUUID().toString().substring(0, 8) + "\"}],"
                + "\"name\":[{\"use\":\"official\",\"family\":\"" + family + "\",\"given\":[\"" + given + "\"]}],"
                + "\"gender\":\"female\",\"birthDate\":\"" + birthDate + "\"}";
    }

    /** A GIR of a usager, valid against dui-gir. */
    public static Observation gir(String patientReference, int gir) {
        Observation obs = new Observation();
        obs.getMeta().addProfile(GIR);
        obs.setStatus(Observation.ObservationStatus.FINAL);
        obs.addCategory(new CodeableConcept(new Coding(
                "https://dui-libre.fr/fhir/CodeSystem/dui-categorie-observation", "evaluation-score", null)));
        obs.getCode().addCoding(new Coding("https://dui-libre.fr/fhir/CodeSystem/dui-observation-code", "gir", null));
        obs.setSubject(new Reference(patientReference));
        obs.setEffective(DateTimeType.now());
        obs.setValue(new CodeableConcept(new Coding(
                "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-" + (338 + gir), null)));
        return obs;
    }
}

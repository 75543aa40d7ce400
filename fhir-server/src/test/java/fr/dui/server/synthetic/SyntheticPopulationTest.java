package fr.dui.server.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import fr.dui.server.identity.InsNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class SyntheticPopulationTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 1);

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherPeople() throws Exception {
        String first = digest(SyntheticPopulation.of(PopulationSize.named("ehpad-30"), 42, REFERENCE));
        String again = digest(SyntheticPopulation.of(PopulationSize.named("ehpad-30"), 42, REFERENCE));
        String other = digest(SyntheticPopulation.of(PopulationSize.named("ehpad-30"), 43, REFERENCE));
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);

        Set<String> names42 = names(SyntheticPopulation.of(PopulationSize.named("ehpad-30"), 42, REFERENCE));
        Set<String> names43 = names(SyntheticPopulation.of(PopulationSize.named("ehpad-30"), 43, REFERENCE));
        assertThat(names42).hasSize(43);
        assertThat(names43).isNotEqualTo(names42);
    }

    @Test
    void theReferenceDateMovesTheDatesNotThePeople() {
        Set<String> before = names(SyntheticPopulation.of(PopulationSize.named("ehpad-30"), 7, REFERENCE));
        Set<String> later = names(SyntheticPopulation.of(PopulationSize.named("ehpad-30"), 7, REFERENCE.plusYears(1)));
        assertThat(later).isEqualTo(before);
    }

    @Test
    void anEhpadOf30PlacesHas30ResidentsFormerResidentsAndAWaitingList() {
        SyntheticPopulation population = SyntheticPopulation.of(PopulationSize.named("ehpad-30"), 1, REFERENCE);
        Map<String, Integer> counts = population.counts();
        assertThat(counts.get("Patient")).isEqualTo(30 + 5 + 8);
        assertThat(counts.get("Organization")).isEqualTo(1 + 3 + 1);
        assertThat(counts.get("PractitionerRole"))
                .isEqualTo(counts.get("Practitioner"))
                .isGreaterThanOrEqualTo(14);
        int inProgress = 0;
        int finished = 0;
        for (Batch batch : population) {
            for (Bundle.BundleEntryComponent entry : batch.bundle().getEntry()) {
                if (entry.getResource() instanceof Encounter stay
                        && stay.getMeta().hasProfile("https://dui-libre.fr/fhir/StructureDefinition/dui-sejour")) {
                    if (stay.getStatus() == Encounter.EncounterStatus.INPROGRESS) {
                        inProgress++;
                    } else {
                        finished++;
                        assertThat(stay.getPeriod().getEnd()).isNotNull();
                        assertThat(stay.getHospitalization().hasDischargeDisposition())
                                .isTrue();
                    }
                }
            }
        }
        assertThat(inProgress).isEqualTo(30);
        assertThat(finished).isEqualTo(5);
        assertThat(counts)
                .containsKeys(
                        "CarePlan",
                        "CareTeam",
                        "Consent",
                        "Contract",
                        "Coverage",
                        "DocumentReference",
                        "Goal",
                        "MedicationAdministration",
                        "MedicationDispense",
                        "MedicationRequest",
                        "Observation",
                        "Provenance",
                        "QuestionnaireResponse",
                        "RelatedPerson",
                        "ServiceRequest",
                        "Task");
    }

    @Test
    void agesSexesAndInsArePlausibleForEachKindOfEstablishment() {
        SyntheticPopulation population = SyntheticPopulation.of(PopulationSize.named("og-4"), 5, REFERENCE);
        Map<String, Category> categories = new HashMap<>();
        population.plan().establishments().forEach(e -> categories.put(e.id(), e.category()));
        Map<Category, List<Patient>> byCategory = new HashMap<>();
        Set<String> ins = new HashSet<>();
        for (Batch batch : population) {
            if (batch.structure()) {
                continue;
            }
            Category category = population
                    .plan()
                    .establishments()
                    .get(batch.establishment() - 1)
                    .category();
            for (Bundle.BundleEntryComponent entry : batch.bundle().getEntry()) {
                if (entry.getResource() instanceof Patient patient) {
                    byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(patient);
                    for (Identifier id : patient.getIdentifier()) {
                        if ("urn:oid:1.2.250.1.213.1.4.10".equals(id.getSystem())) {
                            assertThat(InsNumber.hasValidKey(id.getValue()))
                                    .as(id.getValue())
                                    .isTrue();
                            assertThat(ins.add(id.getValue())).as("unique INS").isTrue();
                            assertThat(id.getValue().charAt(0))
                                    .isEqualTo(patient.getGender().toCode().equals("female") ? '2' : '1');
                        }
                    }
                }
            }
        }
        assertThat(ages(byCategory.get(Category.EHPAD))).allMatch(a -> a >= 75 && a <= 101);
        assertThat(ages(byCategory.get(Category.IME))).allMatch(a -> a >= 6 && a <= 20);
        assertThat(average(ages(byCategory.get(Category.EHPAD)))).isBetween(83.0, 91.0);
        assertThat(womenShare(byCategory.get(Category.EHPAD))).isBetween(0.6, 0.88);
        assertThat(womenShare(byCategory.get(Category.IME))).isBetween(0.2, 0.5);
        assertThat(ins).hasSizeGreaterThan(200);
    }

    @Test
    void batchesStayUnderTheRequestSizeOfTheTestServerWithValidIds() {
        IParser json = FHIR.newJsonParser();
        for (Batch batch : SyntheticPopulation.of(PopulationSize.named("og-4"), -1L, REFERENCE)) {
            int bytes = json.encodeResourceToString(batch.bundle()).getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).isLessThan(900_000);
            for (Bundle.BundleEntryComponent entry : batch.bundle().getEntry()) {
                // FHIR ids: 64 characters at most, letters, digits, '-' and '.'; never numeric only (HAPI).
                assertThat(entry.getResource().getIdPart())
                        .matches("[A-Za-z0-9\\-.]{1,64}")
                        .matches(".*[a-z].*");
            }
        }
    }

    @Test
    void theLargestSizeStreamsEstablishmentByEstablishment() {
        SyntheticPopulation population = SyntheticPopulation.of(PopulationSize.named("og-200"), 3, REFERENCE);
        assertThat(population.plan().establishments()).hasSize(200);
        assertThat(population.size().people()).isBetween(95_000, 105_000);
        assertThat(population.plan().establishments().stream()
                        .map(OgPlan.EstablishmentPlan::finess)
                        .distinct())
                .hasSize(200);
        Iterator<Batch> batches = population.iterator();
        Batch og = batches.next();
        assertThat(og.structure()).isTrue();
        assertThat(og.counts().get("Organization")).isEqualTo(1 + 3 + 200);
        Batch staff = batches.next();
        assertThat(staff.structure()).isTrue();
        assertThat(staff.establishment()).isEqualTo(1);
        Batch records = batches.next();
        assertThat(records.structure()).isFalse();
        assertThat(records.establishment()).isEqualTo(1);
        assertThat(records.size()).isBetween(SyntheticPopulation.DEFAULT_BATCH_RESOURCES, 400);
    }

    private static List<Integer> ages(List<Patient> patients) {
        return patients.stream()
                .map(p -> Period.between(LocalDate.parse(p.getBirthDateElement().getValueAsString()), REFERENCE)
                        .getYears())
                .toList();
    }

    private static double average(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    private static double womenShare(List<Patient> patients) {
        return patients.stream()
                        .filter(p -> p.getGender().toCode().equals("female"))
                        .count()
                / (double) patients.size();
    }

    private static String digest(SyntheticPopulation population) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        IParser json = FHIR.newJsonParser();
        for (Batch batch : population) {
            sha.update(json.encodeResourceToString(batch.bundle()).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Set<String> names(SyntheticPopulation population) {
        Set<String> names = new HashSet<>();
        for (Batch batch : population) {
            batch.bundle().getEntry().stream()
                    .filter(e -> e.getResource() instanceof Patient)
                    .map(e -> (Patient) e.getResource())
                    .forEach(p -> names.add(p.getNameFirstRep().getFamily() + " "
                            + p.getNameFirstRep().getGivenAsSingleString() + " " + p.getIdPart()));
        }
        return names;
    }
}

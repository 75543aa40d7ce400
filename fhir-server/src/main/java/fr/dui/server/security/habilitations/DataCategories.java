package fr.dui.server.security.habilitations;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Task;

/**
 * Which {@link DataCategory} a resource belongs to. Most types fall in one category; an Observation by its category
 * (a transmission or a GIR is accompaniment, a vital sign is care, a medical observation, a DLU item or an
 * observation nobody categorised is medical), a Task by its code (the waiting list is administrative, the actions of
 * the projet personnalisé accompaniment). A type in no category is open to no professional.
 */
public final class DataCategories {

    public static final String DUI_OBSERVATION_CATEGORY =
            "https://dui-libre.fr/fhir/CodeSystem/dui-categorie-observation";
    static final String HL7_OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String DUI_REQUEST_TYPE = "https://dui-libre.fr/fhir/CodeSystem/dui-demande-type";

    private static final Map<String, DataCategory> BY_TYPE = Map.ofEntries(
            Map.entry("Patient", DataCategory.ADMINISTRATIF),
            Map.entry("RelatedPerson", DataCategory.ADMINISTRATIF),
            Map.entry("Encounter", DataCategory.ADMINISTRATIF),
            Map.entry("EpisodeOfCare", DataCategory.ADMINISTRATIF),
            Map.entry("Schedule", DataCategory.ADMINISTRATIF),
            Map.entry("Slot", DataCategory.ADMINISTRATIF),
            Map.entry("Appointment", DataCategory.ADMINISTRATIF),
            Map.entry("ServiceRequest", DataCategory.ADMINISTRATIF),
            Map.entry("Coverage", DataCategory.SOCIAL),
            Map.entry("Basic", DataCategory.SOCIAL),
            Map.entry("CarePlan", DataCategory.ACCOMPAGNEMENT),
            Map.entry("Goal", DataCategory.ACCOMPAGNEMENT),
            Map.entry("QuestionnaireResponse", DataCategory.ACCOMPAGNEMENT),
            Map.entry("Communication", DataCategory.ACCOMPAGNEMENT),
            Map.entry("CareTeam", DataCategory.ACCOMPAGNEMENT),
            Map.entry("Procedure", DataCategory.SOINS),
            Map.entry("MedicationAdministration", DataCategory.SOINS),
            Map.entry("Condition", DataCategory.MEDICAL),
            Map.entry("AllergyIntolerance", DataCategory.MEDICAL),
            Map.entry("MedicationRequest", DataCategory.MEDICAL),
            Map.entry("MedicationDispense", DataCategory.MEDICAL),
            Map.entry("MedicationStatement", DataCategory.MEDICAL),
            Map.entry("Immunization", DataCategory.MEDICAL),
            Map.entry("DiagnosticReport", DataCategory.MEDICAL),
            Map.entry("ClinicalImpression", DataCategory.MEDICAL),
            Map.entry("FamilyMemberHistory", DataCategory.MEDICAL),
            Map.entry("DocumentReference", DataCategory.DOCUMENTS),
            Map.entry("Binary", DataCategory.DOCUMENTS),
            Map.entry("Composition", DataCategory.DOCUMENTS),
            Map.entry("Media", DataCategory.DOCUMENTS),
            Map.entry("Provenance", DataCategory.DOCUMENTS),
            Map.entry("Consent", DataCategory.CONSENTEMENTS),
            Map.entry("Contract", DataCategory.CONSENTEMENTS),
            Map.entry("Organization", DataCategory.ANNUAIRE),
            Map.entry("Practitioner", DataCategory.ANNUAIRE),
            Map.entry("PractitionerRole", DataCategory.ANNUAIRE),
            Map.entry("Location", DataCategory.ANNUAIRE),
            Map.entry("HealthcareService", DataCategory.ANNUAIRE),
            Map.entry("Endpoint", DataCategory.ANNUAIRE),
            Map.entry("Medication", DataCategory.ANNUAIRE),
            Map.entry("Questionnaire", DataCategory.ANNUAIRE),
            Map.entry("StructureDefinition", DataCategory.ANNUAIRE),
            Map.entry("CodeSystem", DataCategory.ANNUAIRE),
            Map.entry("ValueSet", DataCategory.ANNUAIRE),
            Map.entry("ConceptMap", DataCategory.ANNUAIRE),
            Map.entry("NamingSystem", DataCategory.ANNUAIRE),
            Map.entry("SearchParameter", DataCategory.ANNUAIRE),
            Map.entry("ImplementationGuide", DataCategory.ANNUAIRE),
            Map.entry("OperationDefinition", DataCategory.ANNUAIRE),
            Map.entry("CapabilityStatement", DataCategory.ANNUAIRE));

    private DataCategories() {}

    /** The category of a resource; empty for a type outside the record (open to no professional). */
    public static Optional<DataCategory> of(IBaseResource resource) {
        if (resource instanceof Observation observation) {
            return Optional.of(ofObservation(observation));
        }
        if (resource instanceof Task task) {
            return Optional.of(
                    hasCode(task.getCode(), DUI_REQUEST_TYPE, "liste-attente")
                            ? DataCategory.ADMINISTRATIF
                            : DataCategory.ACCOMPAGNEMENT);
        }
        return Optional.ofNullable(BY_TYPE.get(resource.fhirType()));
    }

    /** Every category a resource of this type may fall in (empty: a type outside the record). */
    public static Set<DataCategory> ofType(String type) {
        return switch (type) {
            case "Observation" -> EnumSet.of(DataCategory.ACCOMPAGNEMENT, DataCategory.SOINS, DataCategory.MEDICAL);
            case "Task" -> EnumSet.of(DataCategory.ADMINISTRATIF, DataCategory.ACCOMPAGNEMENT);
            default -> {
                DataCategory category = BY_TYPE.get(type);
                yield category == null ? EnumSet.noneOf(DataCategory.class) : EnumSet.of(category);
            }
        };
    }

    /** The Observation.category tokens ({@code system|code}) that place an observation in a category. */
    public static List<String> observationCategoryTokens(DataCategory category) {
        return switch (category) {
            case ACCOMPAGNEMENT ->
                List.of(DUI_OBSERVATION_CATEGORY + "|transmission", DUI_OBSERVATION_CATEGORY + "|evaluation-score");
            case SOINS -> List.of(HL7_OBSERVATION_CATEGORY + "|vital-signs", HL7_OBSERVATION_CATEGORY + "|activity");
            default -> List.of();
        };
    }

    private static DataCategory ofObservation(Observation observation) {
        boolean care = false;
        boolean accompaniment = false;
        for (CodeableConcept category : observation.getCategory()) {
            if (hasCode(category, DUI_OBSERVATION_CATEGORY, "observation-medicale")
                    || hasCode(category, DUI_OBSERVATION_CATEGORY, "dlu")) {
                return DataCategory.MEDICAL; // the most protected category wins
            }
            accompaniment |= hasCode(category, DUI_OBSERVATION_CATEGORY, "transmission")
                    || hasCode(category, DUI_OBSERVATION_CATEGORY, "evaluation-score");
            care |= hasCode(category, HL7_OBSERVATION_CATEGORY, "vital-signs")
                    || hasCode(category, HL7_OBSERVATION_CATEGORY, "activity");
        }
        if (care) {
            return DataCategory.SOINS;
        }
        return accompaniment ? DataCategory.ACCOMPAGNEMENT : DataCategory.MEDICAL;
    }

    private static boolean hasCode(CodeableConcept concept, String system, String code) {
        for (Coding coding : concept.getCoding()) {
            if (system.equals(coding.getSystem()) && code.equals(coding.getCode())) {
                return true;
            }
        }
        return false;
    }
}

package fr.dui.server.synthetic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Small builders for FHIR values, and the code systems the generator uses (those of the guide's examples). */
final class Fhir {

    static final String DUI = "https://dui-libre.fr/fhir";
    static final String SD = DUI + "/StructureDefinition/";
    static final String CS = DUI + "/CodeSystem/";
    static final String FR_CORE = "https://hl7.fr/ig/fhir/core/";
    static final String FR_CORE_0203 = FR_CORE + "CodeSystem/fr-core-cs-v2-0203";
    static final String TRE_R66 =
            "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement";
    static final String TRE_R13 = "https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM";
    static final String TRE_R260 = "https://mos.esante.gouv.fr/NOS/TRE_R260-HL7RoleClass/FHIR/TRE-R260-HL7RoleClass";
    static final String TRE_R216 = "https://mos.esante.gouv.fr/NOS/TRE_R216-HL7RoleCode/FHIR/TRE-R216-HL7RoleCode";
    static final String TRE_R217 =
            "https://mos.esante.gouv.fr/NOS/TRE_R217-ProtectionJuridique/FHIR/TRE-R217-ProtectionJuridique";
    static final String TRE_R357 =
            "https://mos.esante.gouv.fr/NOS/TRE_R357-StatutPersonnePriseCharge/FHIR/TRE-R357-StatutPersonnePriseCharge";
    static final String TRE_R390 = "https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r390-type-projet-personnalise";
    static final String TRE_R420 = "https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r420-droit-prestation";
    static final String CISIS = "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013";
    static final String FINESS = "https://finess.esante.gouv.fr";
    static final String ID_NAT_ST = "urn:oid:1.2.250.1.71.4.2.2";
    static final String ID_NAT_PS = "urn:oid:1.2.250.1.71.4.2.1";
    static final String ID_USAGER = "https://identifiant-medicosocial-localusager.esante.gouv.fr";
    static final String ID_SEJOUR = "https://identifiant-medicosocial-sejour.esante.gouv.fr";
    static final String ID_ENTOURAGE = "https://dui-libre.fr/fhir/sid/entourage";

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Fhir() {}

    static Coding coding(String system, String code, String display) {
        return new Coding(system, code, display);
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(coding(system, code, display));
    }

    /** A code of one of the DUI's own code systems ({@code dui-cible-transmission}...). */
    static CodeableConcept dui(String codeSystem, String code, String display) {
        return concept(CS + codeSystem, code, display);
    }

    static Reference ref(String type, String id) {
        return new Reference(type + "/" + id);
    }

    static Reference ref(Resource resource) {
        return new Reference(resource.fhirType() + "/" + resource.getIdPart());
    }

    static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }

    /** A dateTime with the precision of a day ({@code 2026-05-02}). */
    static DateTimeType day(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    /** A date and time in Paris, with its offset ({@code 2026-05-02T07:30:00+02:00}). */
    static DateTimeType dateTime(LocalDateTime at) {
        return new DateTimeType(DATE_TIME.format(at.atZone(PARIS)));
    }

    static DateTimeType dateTime(LocalDate day, int hour, int minute) {
        return dateTime(day.atTime(hour, minute));
    }

    /** Declares the DUI profile and the synthetic-data tag. */
    static <T extends Resource> T profiled(T resource, String id, String profile, String populationKey) {
        resource.setId(id);
        resource.getMeta().addProfile(profile.startsWith("http") ? profile : SD + profile);
        resource.getMeta().addTag(SyntheticIds.TAG_SYSTEM, populationKey, "Données synthétiques");
        return resource;
    }
}

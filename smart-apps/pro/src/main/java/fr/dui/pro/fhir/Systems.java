package fr.dui.pro.fhir;

import org.hl7.fhir.r4.model.Coding;

/** The code systems and URLs of the DUI's data model (see the guide's profiles) that the app reads and writes. */
public final class Systems {

    public static final String DUI = "https://dui-libre.fr/fhir/";
    public static final String OBSERVATION_CATEGORY = DUI + "CodeSystem/dui-categorie-observation";
    public static final String OBSERVATION_CODE = DUI + "CodeSystem/dui-observation-code";
    public static final String TRANSMISSION_TARGET = DUI + "CodeSystem/dui-cible-transmission";
    public static final String TRANSMISSION_TARGETS = DUI + "ValueSet/dui-vs-cible-transmission";
    public static final String TRANSMISSION_PROFILE = DUI + "StructureDefinition/dui-transmission";
    public static final String COMMUNICATION_CATEGORY = DUI + "CodeSystem/dui-categorie-communication";
    public static final String COMMUNICATION_PROFILE = DUI + "StructureDefinition/dui-communication";
    public static final String REVISION_DATE = DUI + "StructureDefinition/dui-date-revision";
    public static final String ADMISSION_DATE = DUI + "StructureDefinition/dui-date-admission";
    public static final String RECEPTION_KIND = DUI + "StructureDefinition/dui-temporalite-accueil";
    public static final String ATTENTE_PROFILE = DUI + "StructureDefinition/dui-attente";
    public static final String HL7_OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String LOINC = "http://loinc.org";
    /** The CI-SIS terminology, whose MED-339 to MED-344 are GIR 1 to GIR 6 (dui-vs-gir). */
    public static final String CISIS = "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis";

    /** The code of GIR {@code gir} (1 to 6) in {@link #CISIS}: MED-339 to MED-344. */
    public static String girCode(int gir) {
        return "MED-" + (338 + gir);
    }

    /** GIR {@code gir} as the DUI codes it (dui-vs-gir): « GIR-2 », MED-340 of the CI-SIS terminology. */
    public static Coding gir(int gir) {
        return new Coding(CISIS, girCode(gir), "GIR-" + gir);
    }

    public static final String IDENTITY_RELIABILITY =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability";
    public static final String BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace";
    public static final String BIRTH_LIST_GIVEN_NAME =
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-birth-list-given-name";
    /** INS: NIR, NIA, and the INSi test system. */
    public static final String INS_NIR = "urn:oid:1.2.250.1.213.1.4.8";

    public static final String INS_NIA = "urn:oid:1.2.250.1.213.1.4.9";
    public static final String INS_TEST = "urn:oid:1.2.250.1.213.1.4.10";
    /** TRE-R260: the entourage's roles (NOK: personne de confiance, ECON: personne à prévenir). */
    public static final String ENTOURAGE_ROLE =
            "https://mos.esante.gouv.fr/NOS/TRE_R260-HL7RoleClass/FHIR/TRE-R260-HL7RoleClass";

    /** Agenda (COO-1, COO-4, COO-6): events, the usager's presence agenda and its presences / absences. */
    public static final String EVENEMENT_PROFILE = DUI + "StructureDefinition/dui-evenement";

    public static final String EVENT_TYPE = DUI + "CodeSystem/dui-type-evenement";
    public static final String USAGER_PRESENT = DUI + "StructureDefinition/dui-usager-present";
    public static final String CANCEL_REASON = DUI + "StructureDefinition/dui-motif-annulation";
    public static final String AGENDA_PROFILE = DUI + "StructureDefinition/dui-agenda-usager";
    public static final String PRESENCE_PROFILE = DUI + "StructureDefinition/dui-presence-absence";
    public static final String PRESENCE_TYPE = DUI + "CodeSystem/dui-type-presence";
    public static final String ABSENCE_REASON = DUI + "CodeSystem/dui-motif-absence";
    public static final String ABSENCE_REASON_EXTENSION = DUI + "StructureDefinition/dui-motif-absence";
    public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String FR_CORE_PROFILE = "https://hl7.fr/ig/fhir/core/StructureDefinition/";
    public static final String DOCUMENT_PROFILE = DUI + "StructureDefinition/dui-document";
    public static final String DOCUMENT_TYPE = DUI + "CodeSystem/dui-type-document";

    private Systems() {}
}

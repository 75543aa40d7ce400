package fr.dui.pro.synthese;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The whole fiche de synthèse in one round trip: a {@code batch} of one read and eleven searches (with the
 * {@code _include}s that bring the care team's names, the establishment and the projet's goals and actions). The DUI
 * narrows each search to what the professional's habilitations open, and refuses an entry without spoiling the others.
 */
final class SyntheseQuery {

    /** The transmissions read to count the unread ones. */
    static final int RECENT_TRANSMISSIONS = 50;

    final int usager;
    final int entourage;
    final int equipe;
    final int sejour;
    final int gir;
    final int projet;
    final int prestations;
    final int allergies;
    final int transmissions;
    final int lectures;
    final int constantes;
    final int medical;
    final int droits;
    private final Bundle batch;

    SyntheseQuery(String patientId, String fhirUser) {
        String patient = enc("Patient/" + patientId);
        BatchBuilder b = new BatchBuilder();
        usager = b.get("Patient/" + enc(patientId));
        entourage = b.get("RelatedPerson?patient=" + patient + "&_count=50");
        equipe = b.get("CareTeam?subject=" + patient
                + "&status=active&_include=CareTeam:participant&_include:iterate=PractitionerRole:practitioner");
        sejour = b.get("Encounter?subject=" + patient
                + "&status=in-progress&_include=Encounter:service-provider&_sort=-date&_count=5");
        gir = b.get(
                "Observation?subject=" + patient + "&code=" + enc(Systems.OBSERVATION_CODE + "|gir")
                        + "&_sort=-date&_count=1&_include=Observation:performer&_include:iterate=PractitionerRole:practitioner");
        projet = b.get("CarePlan?subject=" + patient
                + "&status=active&_include=CarePlan:goal&_include=CarePlan:activity-reference&_count=5");
        prestations = b.get("Coverage?beneficiary=" + patient + "&status=active&_count=50");
        allergies = b.get("AllergyIntolerance?patient=" + patient + "&_count=50");
        transmissions = b.get("Observation?subject=" + patient + "&category="
                + enc(Systems.OBSERVATION_CATEGORY + "|transmission") + "&_sort=-date&_count=" + RECENT_TRANSMISSIONS);
        lectures = b.get("Communication?subject=" + patient + "&recipient=" + enc(fhirUser) + "&category="
                + enc(Systems.COMMUNICATION_CATEGORY + "|information-professionnel") + "&_count=500");
        constantes = b.get("Observation?subject=" + patient + "&category="
                + enc(Systems.HL7_OBSERVATION_CATEGORY + "|vital-signs") + "&_sort=-date&_count=60");
        medical = b.get("Observation?subject=" + patient + "&category="
                + enc(Systems.OBSERVATION_CATEGORY + "|observation-medicale") + "&_sort=-date&_count=20");
        droits = b.get(DroitsReader.url(patientId));
        batch = b.build();
    }

    Bundle batch() {
        return batch;
    }
}

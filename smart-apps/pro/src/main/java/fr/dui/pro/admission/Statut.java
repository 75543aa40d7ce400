package fr.dui.pro.admission;

import java.util.Arrays;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Task;

/**
 * Where an application stands in one establishment: the JDV_J252 statuses (TRE_R357 codes) the waiting list walks
 * through, with the Task status that goes with each, and the action that leads to the next.
 */
public enum Statut {
    ANALYSE(
            "42",
            "En cours d'analyse",
            "Liste d'attente. En cours d'analyse, demande d'admission reçue dans l'ESMS",
            Task.TaskStatus.INPROGRESS,
            "Déclarer admissible"),
    ADMISSIBLE(
            "72",
            "Admissible",
            "Liste d'attente. Admissible dans l'ESMS",
            Task.TaskStatus.ACCEPTED,
            "Prononcer l'admission"),
    ADMIS("71", "Admis", "Liste d'attente. Admis dans l'ESMS", Task.TaskStatus.ACCEPTED, "Enregistrer l'entrée"),
    ENTRE("47", "Entré", "Usager entré", Task.TaskStatus.COMPLETED, null),
    SORTI("48", "Sorti", "Usager sorti", Task.TaskStatus.COMPLETED, null),
    /** The establishment cannot admit the person (no place for their needs, refusal...): the reason goes with it. */
    IMPOSSIBLE("45", "Admission impossible", "Admission impossible signalée", Task.TaskStatus.REJECTED, null);

    public static final String SYSTEM =
            "https://mos.esante.gouv.fr/NOS/TRE_R357-StatutPersonnePriseCharge/FHIR/TRE-R357-StatutPersonnePriseCharge";

    private final String code;
    private final String libelle;
    private final String display;
    private final Task.TaskStatus taskStatus;
    private final String action;

    Statut(String code, String libelle, String display, Task.TaskStatus taskStatus, String action) {
        this.code = code;
        this.libelle = libelle;
        this.display = display;
        this.taskStatus = taskStatus;
        this.action = action;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    public String display() {
        return display;
    }

    public Task.TaskStatus taskStatus() {
        return taskStatus;
    }

    /** The label of the action that moves an application from this status to the next, or null. */
    public String action() {
        return action;
    }

    /** The next status of the walk (admissible after analysis, admitted, entered), if any. */
    public Optional<Statut> suivant() {
        return switch (this) {
            case ANALYSE -> Optional.of(ADMISSIBLE);
            case ADMISSIBLE -> Optional.of(ADMIS);
            case ADMIS -> Optional.of(ENTRE);
            default -> Optional.empty();
        };
    }

    /** Whether the application is still waiting (a first contact can be planned). */
    public boolean enAttente() {
        return this == ANALYSE || this == ADMISSIBLE || this == ADMIS;
    }

    /** The colour of its badge: waiting (info), refused (danger), entered or left (ok). */
    public String pastille() {
        return enAttente() ? "info" : this == IMPOSSIBLE ? "danger" : "ok";
    }

    public static Optional<Statut> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static Optional<Statut> of(CodeableConcept businessStatus) {
        if (businessStatus == null) {
            return Optional.empty();
        }
        for (Coding coding : businessStatus.getCoding()) {
            if (SYSTEM.equals(coding.getSystem())) {
                Optional<Statut> found = ofCode(coding.getCode());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    public CodeableConcept concept() {
        return new CodeableConcept(new Coding(SYSTEM, code, display));
    }
}

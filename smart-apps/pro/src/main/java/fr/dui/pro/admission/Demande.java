package fr.dui.pro.admission;

import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Texts;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/** A line of the waiting list: one application (demande) in one establishment (its waiting-list Task). */
record Demande(
        String tache,
        String usager,
        String nom,
        String naissance,
        String etablissementId,
        String etablissement,
        Statut statut,
        String statutLibelle,
        String reception,
        String accueil,
        String depuis,
        String gir,
        String origine,
        String motif) {

    /** Reads a waiting-list Task with what its search included (the usager, the demande, the establishment). */
    static Demande of(Task task, BatchAnswer answer, ZoneId zone) {
        Patient patient = answer.resolve(task.getFor(), Patient.class).orElse(null);
        Organization owner = answer.resolve(task.getOwner(), Organization.class).orElse(null);
        ServiceRequest request =
                answer.resolve(task.getFocus(), ServiceRequest.class).orElse(null);
        Statut statut = Statut.of(task.getBusinessStatus()).orElse(null);
        String accueil = request == null ? "" : Texts.of(request.getCode());
        return new Demande(
                task.getIdElement().getIdPart(),
                Refs.id(Refs.relative(task.getFor())),
                patient == null ? "(usager non lisible)" : Texts.name(patient.getName()),
                naissance(patient),
                owner == null
                        ? Refs.id(Refs.relative(task.getOwner()))
                        : owner.getIdElement().getIdPart(),
                owner == null ? Refs.relative(task.getOwner()) : owner.getName(),
                statut,
                statut == null ? Texts.of(task.getBusinessStatus()) : statut.libelle(),
                task.hasAuthoredOn() ? Texts.day(task.getAuthoredOn(), zone) : "",
                accueil,
                task.hasLastModified() ? Texts.day(task.getLastModified(), zone) : "",
                gir(task),
                request == null || !request.hasExtension(AdmissionFhir.ORIGIN_EXTENSION)
                        ? ""
                        : AdmissionFhir.origine(
                                (CodeableConcept) request.getExtensionByUrl(AdmissionFhir.ORIGIN_EXTENSION)
                                        .getValue()),
                task.hasStatusReason() ? Texts.of(task.getStatusReason()) : "");
    }

    /** The GIR known when the application was made (« GIR 2 »), from the Task's input; empty if none. */
    static String gir(Task task) {
        return task.getInput().stream()
                .filter(i -> i.getType().getCoding().stream()
                        .anyMatch(c -> AdmissionFhir.REQUEST_TYPE.equals(c.getSystem()) && "gir".equals(c.getCode())))
                .map(i -> i.getValue() instanceof CodeableConcept cc ? AdmissionFhir.gir(cc) : "")
                .filter(g -> !g.isEmpty())
                .findFirst()
                .orElse("");
    }

    /** A birth date as written (no time zone shift): « 3 septembre 2016 ». */
    static String naissance(Patient patient) {
        return patient == null || !patient.hasBirthDate()
                ? ""
                : Texts.day(
                        java.time.LocalDate.parse(patient.getBirthDateElement().getValueAsString()));
    }

    /** Whether the usager's name contains these words (case and accents ignored). */
    boolean nomContient(String recherche) {
        if (recherche == null || recherche.isBlank()) {
            return true;
        }
        String name = plain(nom);
        for (String word : plain(recherche).split("\\s+")) {
            if (!word.isBlank() && !name.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String plain(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.FRENCH);
    }
}

package fr.dui.pro.admission;

import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.Refs;
import fr.dui.pro.fhir.Texts;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Locale;
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
        String depuis) {

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
                task.hasLastModified() ? Texts.day(task.getLastModified(), zone) : "");
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

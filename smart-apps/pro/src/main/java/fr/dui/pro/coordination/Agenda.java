package fr.dui.pro.coordination;

import java.time.LocalDate;
import java.util.List;

/** A week of the usager's agenda (COO-1 / COO-4): the events day by day, and the absences that cover each day. */
public record Agenda(
        String usager,
        LocalDate lundi,
        String titreSemaine,
        List<Jour> jours,
        String refusEvenements,
        String refusPresences) {

    public record Jour(String libelle, LocalDate date, List<Evenement> evenements, List<Absence> absences) {}

    /**
     * An event: {@code presence} is « Présent », « Absent » or empty (not recorded yet); {@code statut} in French.
     */
    public record Evenement(
            String id,
            String heure,
            String type,
            String intervenants,
            String statut,
            String presence,
            boolean aPointer,
            String usager) {}

    public record Absence(String id, String motif, String nature, String periode, String commentaire) {}
}

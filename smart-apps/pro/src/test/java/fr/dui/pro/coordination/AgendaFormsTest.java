package fr.dui.pro.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AgendaFormsTest {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void anAbsenceEndsAfterItStartsAndLastsAtMostAYear() {
        AbsenceForm absence = new AbsenceForm();
        absence.setMotif("hospitalisation");
        absence.setDebut(LocalDateTime.of(2026, 3, 9, 18, 0));
        absence.setFin(LocalDateTime.of(2026, 3, 9, 17, 0));
        assertThat(validator.validate(absence))
                .extracting(v -> v.getMessage())
                .containsExactly("La fin de l'absence doit suivre son début.");
        absence.setFin(LocalDateTime.of(2027, 4, 1, 0, 0));
        assertThat(validator.validate(absence))
                .extracting(v -> v.getMessage())
                .containsExactly("Une absence dure au plus un an : au-delà, c'est une sortie.");
        absence.setFin(LocalDateTime.of(2026, 3, 14, 12, 0));
        assertThat(validator.validate(absence)).isEmpty();
        absence.setMotif(null);
        assertThat(validator.validate(absence))
                .extracting(v -> v.getMessage())
                .containsExactly("Choisissez le motif de l'absence.");
    }

    @Test
    void anInterventionEndsAfterItStarts() {
        InterventionForm form = new InterventionForm();
        form.setType("toilette");
        form.setIntervenant("PractitionerRole/x");
        form.setJour(LocalDate.of(2026, 3, 3));
        form.setDebut(LocalTime.of(9, 0));
        form.setFin(LocalTime.of(8, 45));
        assertThat(validator.validate(form))
                .extracting(v -> v.getMessage())
                .containsExactly("L'heure de fin doit suivre l'heure de début.");
    }

    @Test
    void theWeekRunsFromMondayToSundayInFrench() {
        AgendaWeek week = AgendaWeek.of(LocalDate.of(2025, 3, 12), ZoneId.of("Europe/Paris"));
        assertThat(week.monday()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(week.title()).isEqualTo("Semaine du 10 mars 2025 au 16 mars 2025");
        assertThat(AgendaWeek.fhir(week.start())).isEqualTo("2025-03-10T00:00:00+01:00");
        assertThat(AgendaWeek.dayLabel(LocalDate.of(2025, 3, 12))).isEqualTo("Mercredi 12 mars");
    }
}

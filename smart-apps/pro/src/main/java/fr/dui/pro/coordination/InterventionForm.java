package fr.dui.pro.coordination;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** COO-1 / COO-6: an intervention or activity of the usager, put into a professional's agenda. */
public class InterventionForm {

    @NotBlank(message = "Choisissez le type d'intervention.")
    private String type;

    @NotNull(message = "Indiquez le jour.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate jour;

    @NotNull(message = "Indiquez l'heure de début.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime debut;

    @NotNull(message = "Indiquez l'heure de fin.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime fin;

    @NotBlank(message = "Choisissez l'intervenant.")
    private String intervenant;

    @AssertTrue(message = "L'heure de fin doit suivre l'heure de début.")
    public boolean isHorairesCoherents() {
        return debut == null || fin == null || fin.isAfter(debut);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public LocalDate getJour() {
        return jour;
    }

    public void setJour(LocalDate jour) {
        this.jour = jour;
    }

    public LocalTime getDebut() {
        return debut;
    }

    public void setDebut(LocalTime debut) {
        this.debut = debut;
    }

    public LocalTime getFin() {
        return fin;
    }

    public void setFin(LocalTime fin) {
        this.fin = fin;
    }

    public String getIntervenant() {
        return intervenant;
    }

    public void setIntervenant(String intervenant) {
        this.intervenant = intervenant;
    }
}

package fr.dui.pro.transmissions;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** What the professional types: the target, and what was observed, done and obtained. */
public class TransmissionForm {

    @NotBlank(message = "Choisissez la cible de la transmission.")
    private String cible;

    @Size(max = 4000, message = "4 000 caractères au plus.")
    private String donnees = "";

    @Size(max = 4000, message = "4 000 caractères au plus.")
    private String actions = "";

    @Size(max = 4000, message = "4 000 caractères au plus.")
    private String resultats = "";

    @NotNull(message = "Indiquez la date et l'heure.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime moment;

    @AssertTrue(message = "Renseignez au moins les données, les actions ou les résultats.")
    public boolean isRenseignee() {
        return !blank(donnees) || !blank(actions) || !blank(resultats);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getCible() {
        return cible;
    }

    public void setCible(String cible) {
        this.cible = cible;
    }

    public String getDonnees() {
        return donnees;
    }

    public void setDonnees(String donnees) {
        this.donnees = donnees;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public String getResultats() {
        return resultats;
    }

    public void setResultats(String resultats) {
        this.resultats = resultats;
    }

    public LocalDateTime getMoment() {
        return moment;
    }

    public void setMoment(LocalDateTime moment) {
        this.moment = moment;
    }
}

package fr.dui.pro.prestations;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A social benefit as a professional enters it (profile dui-prestation-sociale). */
public class PrestationForm {

    @NotBlank(message = "Choisissez la prestation.")
    private String type;

    @NotBlank(message = "Choisissez l'organisme payeur.")
    private String payeur;

    @Size(max = 60, message = "60 caractères au plus.")
    private String dossier = "";

    @NotNull(message = "Indiquez le début des droits.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate debut;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fin;

    @AssertTrue(message = "L'échéance doit suivre le début des droits.")
    public boolean isPeriodeCoherente() {
        return debut == null || fin == null || fin.isAfter(debut);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getPayeur() {
        return payeur;
    }

    public void setPayeur(String payeur) {
        this.payeur = payeur;
    }

    public String getDossier() {
        return dossier;
    }

    public void setDossier(String dossier) {
        this.dossier = dossier;
    }

    public LocalDate getDebut() {
        return debut;
    }

    public void setDebut(LocalDate debut) {
        this.debut = debut;
    }

    public LocalDate getFin() {
        return fin;
    }

    public void setFin(LocalDate fin) {
        this.fin = fin;
    }
}

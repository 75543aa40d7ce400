package fr.dui.pro.coordination;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** COO-4: an absence of the usager over a period, with its reason (profile dui-presence-absence). */
public class AbsenceForm {

    /** An absence longer than this is a sortie, not an absence. */
    static final Duration LONGEST = Duration.ofDays(366);

    @NotBlank(message = "Choisissez la nature de l'absence.")
    private String nature = "absence";

    @NotBlank(message = "Choisissez le motif de l'absence.")
    private String motif;

    @NotNull(message = "Indiquez le début de l'absence.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime debut;

    @NotNull(message = "Indiquez la fin de l'absence (prévue).")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime fin;

    @Size(max = 1000, message = "1 000 caractères au plus.")
    private String commentaire = "";

    @AssertTrue(message = "La fin de l'absence doit suivre son début.")
    public boolean isPeriodeCoherente() {
        return debut == null || fin == null || fin.isAfter(debut);
    }

    @AssertTrue(message = "Une absence dure au plus un an : au-delà, c'est une sortie.")
    public boolean isDureeRaisonnable() {
        return debut == null || fin == null || !fin.isAfter(debut.plus(LONGEST));
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = nature;
    }

    public String getMotif() {
        return motif;
    }

    public void setMotif(String motif) {
        this.motif = motif;
    }

    public LocalDateTime getDebut() {
        return debut;
    }

    public void setDebut(LocalDateTime debut) {
        this.debut = debut;
    }

    public LocalDateTime getFin() {
        return fin;
    }

    public void setFin(LocalDateTime fin) {
        this.fin = fin;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public void setCommentaire(String commentaire) {
        this.commentaire = commentaire;
    }
}

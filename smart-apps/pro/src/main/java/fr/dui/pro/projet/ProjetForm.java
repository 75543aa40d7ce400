package fr.dui.pro.projet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The projet personnalisé as the form edits it: its texts, review date, expectations, goals and actions. */
public class ProjetForm {

    /** An expectation, goal or action: its resource id (empty for a new one) and its text (empty: removed). */
    public static class Element {
        private String id = "";

        @Size(max = 1000, message = "1 000 caractères au plus.")
        private String texte = "";

        public Element() {}

        public Element(String id, String texte) {
            this.id = id;
            this.texte = texte;
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getTexte() {
            return texte;
        }

        public void setTexte(String texte) {
            this.texte = texte;
        }

        boolean vide() {
            return texte == null || texte.isBlank();
        }
    }

    private String version = "";

    @NotBlank(message = "Donnez un titre au projet (ce que la personne souhaite, en quelques mots).")
    @Size(max = 300, message = "300 caractères au plus.")
    private String titre = "";

    @Size(max = 4000, message = "4 000 caractères au plus.")
    private String description = "";

    @NotNull(message = "Indiquez la date de la prochaine révision.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate revision;

    private List<Element> attentes = new ArrayList<>();
    private List<Element> objectifs = new ArrayList<>();
    private List<Element> actions = new ArrayList<>();

    @Size(max = 1000, message = "1 000 caractères au plus.")
    private String nouvelleAttente = "";

    @Size(max = 1000, message = "1 000 caractères au plus.")
    private String nouvelObjectif = "";

    @Size(max = 1000, message = "1 000 caractères au plus.")
    private String nouvelleAction = "";

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getTitre() {
        return titre;
    }

    public void setTitre(String titre) {
        this.titre = titre;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getRevision() {
        return revision;
    }

    public void setRevision(LocalDate revision) {
        this.revision = revision;
    }

    public List<Element> getAttentes() {
        return attentes;
    }

    public void setAttentes(List<Element> attentes) {
        this.attentes = attentes;
    }

    public List<Element> getObjectifs() {
        return objectifs;
    }

    public void setObjectifs(List<Element> objectifs) {
        this.objectifs = objectifs;
    }

    public List<Element> getActions() {
        return actions;
    }

    public void setActions(List<Element> actions) {
        this.actions = actions;
    }

    public String getNouvelleAttente() {
        return nouvelleAttente;
    }

    public void setNouvelleAttente(String nouvelleAttente) {
        this.nouvelleAttente = nouvelleAttente;
    }

    public String getNouvelObjectif() {
        return nouvelObjectif;
    }

    public void setNouvelObjectif(String nouvelObjectif) {
        this.nouvelObjectif = nouvelObjectif;
    }

    public String getNouvelleAction() {
        return nouvelleAction;
    }

    public void setNouvelleAction(String nouvelleAction) {
        this.nouvelleAction = nouvelleAction;
    }
}

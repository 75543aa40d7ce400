package fr.dui.pro.synthese;

import java.util.List;

/**
 * The fiche de synthèse of a usager (GAD-3), as the professional may see it: each part says what the DUI returned,
 * or why it refused it.
 */
public record Synthese(
        String usagerId,
        Identite identite,
        Part<List<Proche>> entourage,
        Part<List<Intervenant>> equipe,
        Part<Sejour> sejour,
        Part<Gir> gir,
        Part<Projet> projet,
        List<Alerte> alertes,
        Part<Constantes> constantes,
        Part<List<ObservationMedicale>> observationsMedicales,
        Part<List<TransmissionBreve>> transmissions) {

    /** A part of the fiche: its value (possibly empty), or the French reason the DUI refused it. */
    public record Part<T>(T value, String refus) {

        public static <T> Part<T> of(T value) {
            return new Part<>(value, null);
        }

        public static <T> Part<T> refused(String reason) {
            return new Part<>(null, reason);
        }

        public boolean refusee() {
            return refus != null;
        }

        public boolean vide() {
            return refus == null && (value == null || value instanceof List<?> list && list.isEmpty());
        }
    }

    /** Identity traits (RNIV) and the identity status; {@code photo}: a {@code data:} URI of a JPEG or PNG, or null. */
    public record Identite(
            String nomUsuel,
            String nomNaissance,
            String prenoms,
            String premierPrenom,
            String sexe,
            String dateNaissance,
            int age,
            String lieuNaissance,
            String statut,
            boolean qualifiee,
            String ins,
            String insType,
            String adresse,
            String photo) {}

    public record Proche(String nom, List<String> roles, boolean personneConfiance, String telephone) {}

    public record Intervenant(String nom, String fonction) {}

    public record Sejour(String etablissement, String depuis, String admission, String accueil, String modeEntree) {}

    public record Gir(String niveau, String date, String evaluateur) {}

    public record Projet(
            String titre,
            String description,
            String depuis,
            String revision,
            boolean revisionDepassee,
            List<String> attentes,
            List<String> objectifs,
            List<String> actions) {}

    /** An alert: {@code niveau} is {@code danger}, {@code attention} or {@code info}. */
    public record Alerte(String niveau, String texte, String lien) {}

    /** Last value of each vital sign, and the chart of the blood pressure. */
    public record Constantes(List<Constante> dernieres, String graphique) {}

    public record Constante(String libelle, String valeur, String date) {}

    public record ObservationMedicale(String libelle, String detail, String date) {}

    public record TransmissionBreve(String cible, String resume, String date, boolean nonLue) {}
}

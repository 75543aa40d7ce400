package fr.dui.pro.entourage;

import java.util.List;

/** GAD-5 / REL-4: the people around the usager: the entourage, and the professionals of the care team. */
public record Annuaire(
        String usager, List<Proche> proches, String refusProches, List<Professionnel> equipe, String refusEquipe) {

    public record Proche(String id, String nom, String role, String lien, String telephone, String courriel) {}

    /** {@code membre}: the reference the care team holds ({@code PractitionerRole/12}), to take them out of it. */
    public record Professionnel(String membre, String nom, String fonction, String etablissement, String telephone) {}
}

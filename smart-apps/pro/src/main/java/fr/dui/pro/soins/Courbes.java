package fr.dui.pro.soins;

import java.util.List;

/** The usager's vital signs over time: per sign, its chart (inline SVG) and its last values. */
public record Courbes(String usager, List<Courbe> courbes, String refus) {

    public record Courbe(String id, String libelle, String unite, String graphique, List<Mesure> dernieres) {}

    public record Mesure(String valeur, String date) {}
}

package fr.dui.pro.documents;

import java.util.List;

/** The usager's documents (HAB-3), newest first, as the professional may see them. */
public record Documents(String usager, List<Ligne> documents, String refus) {

    public record Ligne(String id, String titre, String type, String date, String format, String taille) {}
}

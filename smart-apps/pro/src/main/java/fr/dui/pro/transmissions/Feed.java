package fr.dui.pro.transmissions;

import java.util.List;

/** The team's transmissions of one shift, unread first. */
public record Feed(Shift.Window window, List<Item> items, long unread) {

    public record Item(
            String id,
            String usager,
            String cible,
            String donnees,
            String actions,
            String resultats,
            String auteur,
            String heure,
            boolean nonLue,
            boolean mienne) {}
}

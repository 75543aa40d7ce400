package fr.dui.server.security.habilitations;

import java.util.EnumSet;
import java.util.Set;

/** What a habilitation allows on a category: read (and search), create, update, delete. */
public enum Interaction {
    READ('r', "consulter"),
    CREATE('c', "créer"),
    UPDATE('u', "modifier"),
    DELETE('d', "supprimer");

    private final char letter;
    private final String verb;

    Interaction(char letter, String verb) {
        this.letter = letter;
        this.verb = verb;
    }

    public char letter() {
        return letter;
    }

    /** The French verb, for messages. */
    public String verb() {
        return verb;
    }

    /** {@code "rcu"} → READ, CREATE, UPDATE; {@code "-"} or empty → none. */
    public static Set<Interaction> parse(String letters) {
        Set<Interaction> result = EnumSet.noneOf(Interaction.class);
        for (char c : letters.trim().toCharArray()) {
            if (c == '-') {
                continue;
            }
            result.add(ofLetter(c));
        }
        return result;
    }

    /** READ, CREATE → {@code "rc"}; none → {@code "-"}. */
    public static String format(Set<Interaction> interactions) {
        StringBuilder out = new StringBuilder();
        for (Interaction i : values()) {
            if (interactions.contains(i)) {
                out.append(i.letter);
            }
        }
        return out.isEmpty() ? "-" : out.toString();
    }

    private static Interaction ofLetter(char c) {
        for (Interaction i : values()) {
            if (i.letter == c) {
                return i;
            }
        }
        throw new IllegalArgumentException("Interaction inconnue '" + c + "' (attendu : r, c, u, d ou -)");
    }
}

package fr.dui.server.synthetic;

/** French grammar the generated texts need. */
final class French {

    private French() {}

    /** « de » before a place name: de Lyon, d'Arles, du Havre, de La Teste-de-Buch, des Mureaux. */
    static String of(String place) {
        if (place.startsWith("Le ")) {
            return "du " + place.substring(3);
        }
        if (place.startsWith("Les ")) {
            return "des " + place.substring(4);
        }
        if ("AEIOUYÉÈÂÎaeiouy".indexOf(place.charAt(0)) >= 0) {
            return "d'" + place;
        }
        return "de " + place;
    }

    /** Madame / Monsieur and the family name, as teams write about a usager. */
    static String civility(boolean woman, String family) {
        return (woman ? "Mme " : "M. ") + family;
    }

    /** Adjusts the « (e) » forms of the embedded texts to the person's sex. */
    static String agree(String text, boolean woman) {
        return text.replace("(e)", woman ? "e" : "");
    }
}

package fr.dui.server.platform.conformance;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the HL7 validator's messages (English, published without a French translation) into French for the people
 * who read them: the messages a DUI user meets, by pattern; any other message keeps its English text behind a French
 * lead-in. The original text always stays available in {@code diagnostics}.
 */
final class FrenchValidationMessages {

    private record Rule(Pattern english, String french) {}

    private static final List<Rule> RULES = List.of(
            rule("^Constraint failed: ([\\w.-]+): '(.*)'(?: \\(defined in .*\\))?\\s*$", "Règle $1 non respectée : $2"),
            rule(
                    "^(.+?): minimum required = (\\d+), but only found (\\d+).*$",
                    "$1 : au moins $2 attendu(s), $3 trouvé(s)"),
            rule("^(.+?): max allowed = (\\d+), but found (\\d+).*$", "$1 : au plus $2 permis, $3 trouvé(s)"),
            rule(
                    "^Slice '(.+?)': a matching slice is required, but not found.*$",
                    "Élément obligatoire absent (tranche « $1 »)"),
            rule(
                    "^The value provided \\('(.*?)'\\) (?:was not found|is not) in the value set '(.*?)'.*required.*$",
                    "La valeur « $1 » n'appartient pas au jeu de valeurs obligatoire « $2 »"),
            rule(
                    "^None of the codings provided are in the value set '(.*?)'.*required.*$",
                    "Aucun des codes fournis n'appartient au jeu de valeurs obligatoire « $1 »"),
            rule("^Unknown code '(.*?)#(.*?)'.*$", "Code inconnu « $2 » dans le système de codes $1"),
            rule("^Unknown [Cc]ode \\((.*?)#(.*?)\\).*$", "Code inconnu « $2 » dans le système de codes $1"),
            rule("^Unrecognized property '(.*?)'.*$", "Élément inconnu « $1 »"),
            rule(
                    "^Invalid Resource target type\\. Found (\\w+), but expected one of \\((.*?)\\).*$",
                    "La référence désigne une ressource $1, alors qu'est attendu : $2"),
            rule("^Unable to resolve resource with reference '(.*?)'.*$", "Référence impossible à résoudre : « $1 »"),
            rule("^The value '(.*?)' is not a valid (\\w+).*$", "La valeur « $1 » n'est pas un $2 valide"),
            rule("^Element must have some content.*$", "L'élément doit avoir un contenu"),
            rule("^Value is '(.*?)' but must be '(.*?)'.*$", "La valeur est « $1 » mais doit être « $2 »"),
            rule(
                    "^Profile reference '(.*?)' has not been checked because it is unknown.*$",
                    "Profil inconnu du serveur : $1"),
            rule("^The extension (.*?) is unknown.*$", "Extension inconnue : $1"),
            rule(
                    "^.*does not match any known slice.*$",
                    "L'élément ne correspond à aucune tranche définie par le profil"));

    private FrenchValidationMessages() {}

    /** The French text of a validator message. */
    static String translate(String english) {
        if (english == null || english.isBlank()) {
            return "Non conforme au profil.";
        }
        String oneLine = english.replace('\n', ' ').trim();
        for (Rule rule : RULES) {
            Matcher m = rule.english().matcher(oneLine);
            if (m.matches()) {
                return m.replaceFirst(rule.french());
            }
        }
        return "Non conforme au profil : " + oneLine;
    }

    private static Rule rule(String english, String french) {
        return new Rule(Pattern.compile(english, Pattern.DOTALL), french);
    }
}

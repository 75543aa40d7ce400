package fr.dui.pro.droits;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;

/**
 * What the professional's habilitations allow on the usager in context, by data category (the DUI's
 * {@code $mes-droits}): the screens offer only what the DUI will accept. The DUI still checks every request; when the
 * rights could not be read (another SMART server, a refusal), {@link #INCONNUS} offers everything and the DUI decides.
 *
 * @param interactions by category code ({@code administratif}, {@code soins}...), letters among {@code rcud}
 */
public record Droits(Map<String, String> interactions, boolean connus) {

    public static final String ADMINISTRATIF = "administratif";
    public static final String SOCIAL = "social";
    public static final String ACCOMPAGNEMENT = "accompagnement";
    public static final String SOINS = "soins";
    public static final String MEDICAL = "medical";
    public static final String DOCUMENTS = "documents";
    public static final String CONSENTEMENTS = "consentements";

    /** Rights not known: everything is offered, the DUI refuses what it must. */
    public static final Droits INCONNUS = new Droits(Map.of(), false);

    public Droits {
        interactions = Map.copyOf(interactions);
    }

    /**
     * The answer of {@code $mes-droits}: one {@code categorie} per data category with its {@code code} and
     * {@code interactions}. Anything else (an OperationOutcome, nothing) gives {@link #INCONNUS}.
     */
    public static Droits of(Resource answer) {
        if (!(answer instanceof Parameters parameters) || !parameters.hasParameter()) {
            return INCONNUS;
        }
        Map<String, String> byCategory = new LinkedHashMap<>();
        for (Parameters.ParametersParameterComponent categorie : parameters.getParameter()) {
            if (!"categorie".equals(categorie.getName())) {
                continue;
            }
            String code = null;
            String letters = null;
            for (Parameters.ParametersParameterComponent part : categorie.getPart()) {
                if ("code".equals(part.getName()) && part.hasValue()) {
                    code = part.getValue().primitiveValue();
                } else if ("interactions".equals(part.getName()) && part.hasValue()) {
                    letters = part.getValue().primitiveValue();
                }
            }
            if (code != null && letters != null) {
                byCategory.put(code, letters.strip());
            }
        }
        return byCategory.isEmpty() ? INCONNUS : new Droits(byCategory, true);
    }

    /**
     * Whether the professional may do this on the category: {@code r} read, {@code c} create, {@code u} update,
     * {@code d} delete. A category the DUI did not name is closed; unknown rights open everything.
     */
    public boolean peut(String categorie, String interaction) {
        if (!connus) {
            return true;
        }
        if (interaction == null || interaction.length() != 1 || "rcud".indexOf(interaction.charAt(0)) < 0) {
            throw new IllegalArgumentException("Interaction attendue : r, c, u ou d (reçu « " + interaction + " »)");
        }
        return interactions.getOrDefault(categorie, "-").indexOf(interaction.charAt(0)) >= 0;
    }

    /** Whether the category can be read. */
    public boolean lit(String categorie) {
        return peut(categorie, "r");
    }

    /** Whether something of the category can be created or changed. */
    public boolean ecrit(String categorie) {
        return peut(categorie, "c") || peut(categorie, "u");
    }
}

package fr.dui.server.bench.population;

import fr.dui.server.synthetic.Batch;
import fr.dui.server.synthetic.SyntheticPopulation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * What the scenarios pick from, read once from the generated population (the same seed the server was loaded with):
 * the usagers with a séjour in progress, the professionals, transmissions to write again, and words the
 * transmissions contain (for the full-text search).
 *
 * @param usagers ids of the Patients whose séjour is in progress
 * @param professionals ids of the PractitionerRoles
 * @param transmissions a sample of generated transmissions, used as the text of new ones
 * @param words frequent words of the transmissions' données (six letters or more)
 */
record PopulationIndex(
        List<String> usagers, List<String> professionals, List<Observation> transmissions, List<String> words) {

    private static final String SEJOUR = "/StructureDefinition/dui-sejour";
    private static final String TRANSMISSION = "/StructureDefinition/dui-transmission";
    private static final int TRANSMISSION_SAMPLE = 500;
    private static final int WORDS = 40;
    private static final Pattern WORD = Pattern.compile("\\p{L}{6,}");

    static PopulationIndex of(SyntheticPopulation population) {
        List<String> usagers = new ArrayList<>();
        List<String> professionals = new ArrayList<>();
        List<Observation> transmissions = new ArrayList<>();
        Map<String, Integer> wordCounts = new TreeMap<>();
        for (Batch batch : population) {
            for (Bundle.BundleEntryComponent entry : batch.bundle().getEntry()) {
                Resource resource = entry.getResource();
                if (resource instanceof Encounter e
                        && profiled(e, SEJOUR)
                        && e.getStatus() == Encounter.EncounterStatus.INPROGRESS) {
                    usagers.add(e.getSubject().getReferenceElement().getIdPart());
                } else if (resource instanceof PractitionerRole role) {
                    professionals.add(role.getIdPart());
                } else if (resource instanceof Observation o && profiled(o, TRANSMISSION)) {
                    if (transmissions.size() < TRANSMISSION_SAMPLE) {
                        transmissions.add(o);
                    }
                    o.getComponent().stream()
                            .filter(c -> c.getValue() instanceof StringType)
                            .forEach(c -> count(((StringType) c.getValue()).getValue(), wordCounts));
                }
            }
        }
        if (usagers.isEmpty() || professionals.isEmpty() || transmissions.isEmpty()) {
            throw new IllegalStateException("The population " + population.key() + " has no usager in séjour");
        }
        List<String> words = wordCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(WORDS)
                .map(Map.Entry::getKey)
                .toList();
        return new PopulationIndex(List.copyOf(usagers), List.copyOf(professionals), transmissions, words);
    }

    private static boolean profiled(Resource resource, String profile) {
        return resource.getMeta().getProfile().stream()
                .anyMatch(p -> p.getValue().endsWith(profile));
    }

    private static void count(String text, Map<String, Integer> counts) {
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            counts.merge(m.group().toLowerCase(Locale.FRENCH), 1, Integer::sum);
        }
    }
}

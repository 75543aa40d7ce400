package fr.dui.server.synthetic.loader;

import fr.dui.server.synthetic.PopulationSize;
import fr.dui.server.synthetic.SyntheticPopulation;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The loader's command line: generates a population and loads it into a DUI server through its FHIR API.
 *
 * <pre>
 * java -cp fhir-server/target/fhir-server.jar -Dloader.main=fr.dui.server.synthetic.loader.LoadCommand \
 *   org.springframework.boot.loader.launch.PropertiesLauncher \
 *   --url http://localhost:8080 --client essai --secret change-moi --taille ehpad-30 --graine 42
 * </pre>
 */
public final class LoadCommand {

    /** The reference date when none is given: generated dates fall before it (reproducible by default). */
    static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 11, 1);

    static final String USAGE = """
            Chargement d'une population synthétique dans un serveur DUI, par son API FHIR.

            Options :
              --url <adresse>      adresse du serveur (défaut : http://localhost:8080)
              --client <id>        client SMART de type « service » (client_credentials)
              --secret <secret>    son secret
              --taille <nom>       %s (défaut : ehpad-30)
              --graine <nombre>    même graine, mêmes données (défaut : 1)
              --date <AAAA-MM-JJ>  date de référence des données générées (défaut : %s)
              --paralleles <n>     transactions envoyées en même temps (défaut : 2)
              --portee <portées>   portées demandées (défaut : system/*.cruds)
            """;

    private LoadCommand() {}

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(usage());
            return 2;
        }
        if (options.containsKey("aide") || !options.containsKey("client") || !options.containsKey("secret")) {
            err.println(usage());
            return options.containsKey("aide") ? 0 : 2;
        }
        try {
            PopulationSize size = PopulationSize.named(options.getOrDefault("taille", "ehpad-30"));
            long seed = Long.parseLong(options.getOrDefault("graine", "1"));
            LocalDate date = LocalDate.parse(options.getOrDefault("date", DEFAULT_REFERENCE_DATE.toString()));
            SyntheticPopulation population = SyntheticPopulation.of(size, seed, date);
            String url = options.getOrDefault("url", "http://localhost:8080");
            out.printf(
                    "Population « %s » : %s, date de référence %s, vers %s%n",
                    population.key(), size.describe(), date, url);
            HttpLoader loader = new HttpLoader(
                    url,
                    options.get("client"),
                    options.get("secret"),
                    options.getOrDefault("portee", "system/*.cruds"),
                    Integer.parseInt(options.getOrDefault("paralleles", "2")));
            ProgressBar bar = new ProgressBar(out, size.people(), System.console() != null);
            LoadReport report = loader.load(population, bar::update);
            bar.finish();
            report.print(out);
            return 0;
        } catch (LoadFailure e) {
            err.println();
            err.println(e.getMessage());
            return 1;
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /** Option names, French and English. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("url", "url"),
            Map.entry("client", "client"),
            Map.entry("secret", "secret"),
            Map.entry("taille", "taille"),
            Map.entry("size", "taille"),
            Map.entry("graine", "graine"),
            Map.entry("seed", "graine"),
            Map.entry("date", "date"),
            Map.entry("paralleles", "paralleles"),
            Map.entry("parallel", "paralleles"),
            Map.entry("portee", "portee"),
            Map.entry("scope", "portee"),
            Map.entry("aide", "aide"),
            Map.entry("help", "aide"));

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? NAMES.get(args[i].substring(2)) : null;
            if (name == null) {
                throw new IllegalArgumentException("Argument inconnu : « " + args[i] + " »");
            }
            if (name.equals("aide")) {
                options.put("aide", "");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("Valeur manquante pour --" + name);
            }
        }
        return options;
    }

    static String usage() {
        return USAGE.formatted(String.join(", ", PopulationSize.NAMES), DEFAULT_REFERENCE_DATE);
    }
}

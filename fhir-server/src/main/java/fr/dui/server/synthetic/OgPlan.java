package fr.dui.server.synthetic;

import fr.dui.server.synthetic.Communes.Commune;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is decided once for the whole population before any usager is generated: the OG (name, département, FINESS
 * juridique) and each establishment's category, capacity, FINESS, name and commune. A few hundred small records at
 * most: the only part of the population kept in memory from start to end.
 */
public record OgPlan(
        SyntheticIds ids,
        long seed,
        LocalDate referenceDate,
        String name,
        String departement,
        Commune seat,
        String finessJuridique,
        List<EstablishmentPlan> establishments) {

    /** One establishment of the OG. */
    public record EstablishmentPlan(
            int index, PopulationSize.Establishment size, String id, String finess, String name, Commune commune) {

        public Category category() {
            return size.category();
        }
    }

    private static final List<String> LEGAL_FORMS =
            List.of("Association", "Fondation", "Union mutualiste", "Groupement de coopération");

    public OgPlan {
        establishments = List.copyOf(establishments);
    }

    public static OgPlan of(PopulationSize size, long seed, LocalDate referenceDate) {
        SyntheticIds ids = new SyntheticIds(size.name(), seed);
        SyntheticRandom random = SyntheticRandom.of(seed, ids.key().hashCode());
        Communes communes = Communes.get();
        List<String> places = ResourceLines.read("lieux.txt");
        String departement = random.pick(communes.departementsWithAtLeast(4));
        List<Commune> local = communes.of(departement);
        Commune seat = local.get(0);
        int finessSeries = Math.floorMod(SyntheticRandom.mix(seed ^ ids.key().hashCode()), 1000);
        String name = random.pick(LEGAL_FORMS) + " " + random.pick(places);
        List<EstablishmentPlan> establishments = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < size.establishments().size(); i++) {
            PopulationSize.Establishment e = size.establishments().get(i);
            int index = i + 1;
            Commune commune = i == 0 ? seat : random.pick(local);
            String establishmentName = e.category().atHome()
                    ? e.category().namePrefix() + " " + French.of(commune.name())
                    : e.category().namePrefix() + " " + random.pick(places);
            if (!names.add(establishmentName)) {
                establishmentName = establishmentName + " (" + commune.name() + ", site " + index + ")";
                names.add(establishmentName);
            }
            establishments.add(new EstablishmentPlan(
                    index,
                    e,
                    ids.establishment(index),
                    finess(departement, finessSeries, index),
                    establishmentName,
                    commune));
        }
        return new OgPlan(
                ids,
                seed,
                referenceDate,
                name,
                departement,
                seat,
                finess(departement, finessSeries, 0),
                establishments);
    }

    /** Département, 3-digit series of this population, 3-digit establishment number, Luhn key: 9 characters. */
    static String finess(String departement, int series, int index) {
        String body = departement + String.format("%03d%03d", series, index);
        return body + luhn(body);
    }

    static int luhn(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = Character.isDigit(digits.charAt(i)) ? digits.charAt(i) - '0' : 1;
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    /** The OG's idNatSt: 1 + FINESS juridique. */
    public String idNatSt() {
        return "1" + finessJuridique;
    }

    /** Other establishments of the same category, where a person may also be on the waiting list. */
    public List<EstablishmentPlan> sameCategoryAs(EstablishmentPlan establishment) {
        return establishments.stream()
                .filter(e -> e.category() == establishment.category() && e.index() != establishment.index())
                .toList();
    }
}

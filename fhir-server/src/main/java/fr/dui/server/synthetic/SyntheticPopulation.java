package fr.dui.server.synthetic;

import fr.dui.server.synthetic.OgPlan.EstablishmentPlan;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * A synthetic population as a stream of transaction Bundles: first the OG with its establishments and partners, then
 * for each establishment its staff, then its usagers' records, a few at a time. Only the current batch and the
 * current establishment's staff are in memory, whatever the size. The same size, seed and reference date give the
 * same Bundles, byte for byte once serialised.
 */
public final class SyntheticPopulation implements Iterable<Batch> {

    /** A batch is closed once it holds this many resources (after a whole usager's record). */
    public static final int DEFAULT_BATCH_RESOURCES = 200;

    private final PopulationSize size;
    private final OgPlan plan;
    private final int batchResources;

    private SyntheticPopulation(PopulationSize size, long seed, LocalDate referenceDate, int batchResources) {
        this.size = size;
        this.plan = OgPlan.of(size, seed, referenceDate);
        this.batchResources = batchResources;
    }

    public static SyntheticPopulation of(PopulationSize size, long seed, LocalDate referenceDate) {
        return new SyntheticPopulation(size, seed, referenceDate, DEFAULT_BATCH_RESOURCES);
    }

    public static SyntheticPopulation of(PopulationSize size, long seed, LocalDate referenceDate, int batchResources) {
        return new SyntheticPopulation(size, seed, referenceDate, batchResources);
    }

    public PopulationSize size() {
        return size;
    }

    public OgPlan plan() {
        return plan;
    }

    /** The population key: the meta.tag code of every resource ({@code ehpad-30-42}). */
    public String key() {
        return plan.ids().key();
    }

    /** Generates the whole population once, without keeping it, and counts its resources by type. */
    public Map<String, Integer> counts() {
        Map<String, Integer> total = new TreeMap<>();
        for (Batch batch : this) {
            batch.counts().forEach((type, n) -> total.merge(type, n, Integer::sum));
        }
        return total;
    }

    /** A professional of the population, for the demo accounts. */
    public record Professional(String roleId, String profession, String displayName) {}

    /** A usager of the population, for the demo accounts. */
    public record Usager(String patientId, String displayName) {}

    /** The professionals of establishment {@code establishment} (1 = the first), as generated. */
    public List<Professional> staff(int establishment) {
        EstablishmentPlan e = plan.establishments().get(establishment - 1);
        return StaffGenerator.generate(plan, e).staff().members().stream()
                .map(m -> new Professional(m.roleId(), m.profession(), m.displayName()))
                .toList();
    }

    /** The first usager accompanied by establishment {@code establishment}. */
    public Usager firstUsager(int establishment) {
        EstablishmentPlan e = plan.establishments().get(establishment - 1);
        Staff staff = StaffGenerator.generate(plan, e).staff();
        return new UsagerGenerator(new InsRegistry())
                .generate(plan, e, staff, 1, RecordContext.Status.CURRENT).stream()
                        .filter(r -> r instanceof Patient)
                        .map(r -> (Patient) r)
                        .map(p -> new Usager(
                                p.getIdPart(),
                                p.getName().get(1).getGivenAsSingleString() + " "
                                        + p.getName().get(1).getFamily()))
                        .findFirst()
                        .orElseThrow();
    }

    @Override
    public Iterator<Batch> iterator() {
        return new Generation();
    }

    /** The state of one pass over the population. */
    private final class Generation implements Iterator<Batch> {

        private final UsagerGenerator usagers = new UsagerGenerator(new InsRegistry());
        private boolean ogDone;
        private int establishment; // index in the plan of the establishment being generated, -1 before its staff
        private Staff staff;
        private int nextUsager = 1;

        @Override
        public boolean hasNext() {
            return !ogDone || establishment < plan.establishments().size();
        }

        @Override
        public Batch next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (!ogDone) {
                ogDone = true;
                return new Batch(true, 0, 0, transaction(OrganizationsGenerator.generate(plan)));
            }
            EstablishmentPlan e = plan.establishments().get(establishment);
            if (staff == null) {
                StaffGenerator.Generated generated = StaffGenerator.generate(plan, e);
                staff = generated.staff();
                return new Batch(true, e.index(), 0, transaction(generated.resources()));
            }
            Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
            int people = e.size().people();
            int count = 0;
            while (nextUsager <= people && bundle.getEntry().size() < batchResources) {
                add(bundle, usagers.generate(plan, e, staff, nextUsager, status(e.size(), nextUsager)));
                nextUsager++;
                count++;
            }
            if (nextUsager > people) {
                establishment++;
                staff = null;
                nextUsager = 1;
            }
            return new Batch(false, e.index(), count, bundle);
        }

        private RecordContext.Status status(PopulationSize.Establishment e, int u) {
            if (u <= e.current()) {
                return RecordContext.Status.CURRENT;
            }
            return u <= e.current() + e.former() ? RecordContext.Status.FORMER : RecordContext.Status.WAITING;
        }
    }

    private static Bundle transaction(List<Resource> resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        add(bundle, resources);
        return bundle;
    }

    /** PUT with the generated ids: loading the same population twice stores nothing new. */
    private static void add(Bundle bundle, List<Resource> resources) {
        for (Resource resource : resources) {
            bundle.addEntry()
                    .setResource(resource)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT)
                    .setUrl(resource.fhirType() + "/" + resource.getIdPart());
        }
    }
}

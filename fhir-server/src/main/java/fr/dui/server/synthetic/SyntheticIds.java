package fr.dui.server.synthetic;

/**
 * Ids of the generated resources: derived from the population key ({@code <size>-<seed>}), the establishment and the
 * usager, so that a population is loaded with PUT (loading it twice changes nothing) and two populations never
 * collide. Within the limits of FHIR ids: letters, digits, {@code -}, 64 characters at most.
 */
public final class SyntheticIds {

    /** The meta.tag system that marks every generated resource; its code is the population key. */
    public static final String TAG_SYSTEM = "https://dui-libre.fr/fhir/CodeSystem/dui-donnees-synthetiques";

    private final String key;
    private final String prefix;

    SyntheticIds(String sizeName, long seed) {
        this.key = sizeName + "-" + Long.toUnsignedString(seed);
        this.prefix = "syn-" + key;
    }

    /** {@code ehpad-30-42}: names the population (the meta.tag code). */
    public String key() {
        return key;
    }

    public String og() {
        return prefix + "-og";
    }

    public String partner(String name) {
        return prefix + "-" + name;
    }

    public String establishment(int e) {
        return prefix + "-e" + e;
    }

    public String practitioner(int e, int p) {
        return prefix + "-e" + e + "-p" + p;
    }

    public String role(int e, int p) {
        return prefix + "-e" + e + "-r" + p;
    }

    public String usager(int e, int u) {
        return prefix + "-e" + e + "-u" + u;
    }

    /** A resource of a usager's record: {@code <usager id>-<what>}. */
    public String of(int e, int u, String what) {
        return usager(e, u) + "-" + what;
    }
}

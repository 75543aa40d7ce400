package fr.dui.pro.admission;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import fr.dui.pro.droits.DroitsReader;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;

/**
 * ADM-1: the waiting list across the establishments the professional works in, in one round trip: a {@code batch} of
 * the waiting-list Tasks (filtered by establishment, status, GIR, origin and dates on the server, with the usager, the demande and the
 * establishment {@code _include}d) and the professional's rights (for the navigation); the professional's role with
 * the OG's establishments (for the filter) is read once per session.
 */
@Component
class ListeAttenteReader {

    /** What the list shows at most (the most recently changed first). */
    static final int MAX = 200;

    private final DuiFhir fhir;
    private final DroitsReader droits;
    private final ProSettings settings;

    ListeAttenteReader(DuiFhir fhir, ProSettings settings, DroitsReader droits) {
        this.fhir = fhir;
        this.settings = settings;
        this.droits = droits;
    }

    /** The list, the professional, and the French reason the list was refused (or null). */
    record Resultat(List<Demande> demandes, Professionnel professionnel, String refus, boolean tronquee) {}

    /** Only the professional (their establishments, whether they manage admissions): one search. */
    Professionnel professionnel(SmartContext smart) {
        BatchBuilder batch = new BatchBuilder();
        Professionnel.Query role = Professionnel.query(batch, smart, droits);
        Bundle answer =
                fhir.client(smart).transaction().withBundle(batch.build()).execute();
        return Professionnel.from(new BatchAnswer(answer), role, droits, List.of());
    }

    /**
     * The applications of the professional's establishments (or of the one chosen among them), in one search: the
     * owner filter keeps the DUI from returning applications of establishments the professional does not work in.
     */
    Resultat read(SmartContext smart, Professionnel pro, Filtres filtres) {
        List<String> owners = pro.etablissements().stream()
                .map(Professionnel.Etablissement::id)
                .filter(id -> filtres.etablissement() == null || id.equals(filtres.etablissement()))
                .map(id -> "Organization/" + id)
                .toList();
        if (owners.isEmpty()) {
            return new Resultat(List.of(), pro, null, false);
        }
        BatchBuilder batch = new BatchBuilder();
        StringBuilder search = new StringBuilder("Task?code=" + enc(AdmissionFhir.WAITING_LIST_TOKEN)
                + "&owner=" + enc(String.join(",", owners))
                + filtres.parametres()
                + "&_include=Task:patient&_include=Task:focus&_include=Task:owner&_sort=-modified&_count=" + MAX);
        int tasks = batch.get(search.toString());
        int rights = droits.demander(batch, smart); // the professional is read once per session: not its rights
        Bundle answer =
                fhir.client(smart).transaction().withBundle(batch.build()).execute();
        BatchAnswer a = new BatchAnswer(answer);
        droits.lire(a, rights);
        List<Task> found = a.matches(tasks, Task.class);
        List<Demande> demandes = found.stream()
                .map(t -> Demande.of(t, a, settings.zone()))
                .filter(d -> d.nomContient(filtres.nom()))
                .toList();
        return new Resultat(demandes, pro, a.refusal(tasks), found.size() >= MAX);
    }
}

package fr.dui.pro.transmissions;

import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.fhir.Systems;
import fr.dui.pro.smart.SmartContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.springframework.stereotype.Component;

/**
 * The transmission targets (cibles) of the DUI's terminology ({@code dui-vs-cible-transmission}), expanded by the DUI
 * once and kept: the form offers exactly what the profile expects.
 */
@Component
class TargetCatalogue {

    record Target(String code, String display) {}

    private final DuiFhir fhir;
    private final AtomicReference<List<Target>> targets = new AtomicReference<>();

    TargetCatalogue(DuiFhir fhir) {
        this.fhir = fhir;
    }

    List<Target> targets(SmartContext smart) {
        List<Target> known = targets.get();
        if (known != null) {
            return known;
        }
        ValueSet expanded = fhir.client(smart)
                .operation()
                .onType(ValueSet.class)
                .named("$expand")
                .withParameter(org.hl7.fhir.r4.model.Parameters.class, "url", new UriType(Systems.TRANSMISSION_TARGETS))
                .andParameter("displayLanguage", new StringType("fr"))
                .returnResourceType(ValueSet.class)
                .useHttpGet()
                .execute();
        List<Target> found = expanded.getExpansion().getContains().stream()
                .filter(c -> Systems.TRANSMISSION_TARGET.equals(c.getSystem()))
                .map(c -> new Target(c.getCode(), c.getDisplay()))
                .toList();
        targets.compareAndSet(null, found);
        return found;
    }

    String display(SmartContext smart, String code) {
        return targets(smart).stream()
                .filter(t -> t.code().equals(code))
                .map(Target::display)
                .findFirst()
                .orElse(null);
    }
}

package fr.dui.server.security.habilitations;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import fr.dui.server.platform.errors.DuiError;
import fr.dui.server.platform.errors.DuiRequestException;
import fr.dui.server.platform.fhir.OperationProvider;
import fr.dui.server.security.SecuritySettings;
import fr.dui.server.security.access.CurrentCaller;
import fr.dui.server.security.access.DuiCaller;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.context.ApplicationEventPublisher;

/**
 * {@code POST /fhir/Patient/{id}/$bris-de-glace}: a professional who must act in an emergency on a usager their
 * habilitations do not open asks for access, with a justification. Access is granted at once, read-only on the whole
 * record (medical data included), for a limited time; the grant and every request made with it are in the audit
 * trail, and the grants are reported to administrators and auditors ({@code GET /admin/bris-de-glace}).
 */
public class BreakGlassOperation implements OperationProvider {

    public static final String NAME = "$bris-de-glace";
    static final int MIN_JUSTIFICATION = 15;

    private final BreakGlassStore store;
    private final EntitlementsService entitlements;
    private final DaoRegistry daos;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public BreakGlassOperation(
            BreakGlassStore store,
            EntitlementsService entitlements,
            DaoRegistry daos,
            SecuritySettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.entitlements = entitlements;
        this.daos = daos;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Operation(name = NAME, type = Patient.class, idempotent = false)
    public Parameters breakGlass(
            @IdParam IdType usager,
            @OperationParam(name = "justification", min = 1, max = 1) StringType justification,
            RequestDetails request) {
        DuiCaller caller =
                CurrentCaller.get().orElseThrow(() -> new DuiRequestException(DuiError.AUTHENTICATION_REQUIRED, null));
        String professional = caller.professional()
                .orElseThrow(() -> new DuiRequestException(
                        DuiError.ACCESS_DENIED, "Le bris de glace est réservé aux professionnels."));
        String why = Optional.ofNullable(justification)
                .map(StringType::getValue)
                .map(String::strip)
                .orElse("");
        if (why.length() < MIN_JUSTIFICATION) {
            throw new DuiRequestException(
                    DuiError.INVALID_REQUEST,
                    "Justification obligatoire (" + MIN_JUSTIFICATION
                            + " caractères au moins) : dites pourquoi l'accès d'urgence est nécessaire.");
        }
        if (why.length() > 1000) {
            why = why.substring(0, 1000);
        }
        if (entitlements.of(professional).rights().isEmpty()) {
            throw new DuiRequestException(
                    DuiError.ACCESS_DENIED,
                    "Bris de glace refusé : aucun rôle actif ne vous rattache à un établissement.");
        }
        // the usager must exist (404 otherwise); read as the system: the caller cannot see them yet
        daos.getResourceDao(Patient.class).read(usager.toUnqualifiedVersionless(), new SystemRequestDetails());
        Instant now = clock.instant();
        BreakGlassStore.Grant grant = new BreakGlassStore.Grant(
                professional, usager.getIdPart(), why, now, now.plus(settings.breakGlassDuration()));
        store.add(grant);
        entitlements.invalidate();
        String remote = request instanceof ServletRequestDetails servlet
                ? servlet.getServletRequest().getRemoteAddr()
                : null;
        events.publishEvent(new BreakGlassGranted(grant, caller.clientId(), remote));
        Parameters result = new Parameters();
        result.addParameter().setName("expires").setValue(new InstantType(Date.from(grant.expires())));
        result.addParameter()
                .setName("message")
                .setValue(new StringType("Accès d'urgence en lecture au dossier ouvert jusqu'au " + grant.expires()
                        + " (UTC). Cet accès et chacune de vos consultations sont tracés et signalés."));
        return result;
    }
}

package fr.dui.server.security.smart;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import fr.dui.server.platform.errors.DuiError;
import fr.dui.server.platform.errors.DuiRequestException;
import fr.dui.server.platform.fhir.OperationProvider;
import fr.dui.server.security.access.CurrentCaller;
import fr.dui.server.security.access.DuiCaller;
import fr.dui.server.security.habilitations.DataCategory;
import fr.dui.server.security.habilitations.EntitlementsService;
import fr.dui.server.security.habilitations.Interaction;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code POST /fhir/Patient/{id}/$smart-launch}: the DUI, acting for a professional who has a usager's record open,
 * asks for an EHR launch of an app on that record (and séjour). The answer's {@code launch} value goes into the app's
 * launch URL ({@code ?iss=<fhir base>&launch=<value>}); it is good for 5 minutes, for that professional only, and
 * only on a usager their habilitations open.
 */
public class EhrLaunchOperation implements OperationProvider {

    public static final String NAME = "$smart-launch";
    static final Duration VALIDITY = Duration.ofMinutes(5);

    private final LaunchContexts launches;
    private final EntitlementsService entitlements;
    private final DaoRegistry daos;
    private final Clock clock;

    public EhrLaunchOperation(
            LaunchContexts launches, EntitlementsService entitlements, DaoRegistry daos, Clock clock) {
        this.launches = launches;
        this.entitlements = entitlements;
        this.daos = daos;
        this.clock = clock;
    }

    @Operation(name = NAME, type = Patient.class, idempotent = false)
    public Parameters launch(
            @IdParam IdType usager,
            @OperationParam(name = "encounter", max = 1) Reference encounter,
            @OperationParam(name = "client_id", max = 1) StringType clientId) {
        DuiCaller caller =
                CurrentCaller.get().orElseThrow(() -> new DuiRequestException(DuiError.AUTHENTICATION_REQUIRED, null));
        String professional = caller.professional()
                .orElseThrow(() -> new DuiRequestException(
                        DuiError.ACCESS_DENIED, "Seul un professionnel lance une application sur un dossier."));
        String patient = usager.getIdPart();
        daos.getResourceDao(Patient.class).read(usager.toUnqualifiedVersionless(), new SystemRequestDetails());
        if (!entitlements.of(professional).allows(DataCategory.ADMINISTRATIF, Interaction.READ, patient)) {
            throw new DuiRequestException(
                    DuiError.ACCESS_DENIED, "Vos habilitations ne vous ouvrent pas le dossier de cet usager.");
        }
        String encounterId = null;
        if (encounter != null && encounter.hasReference()) {
            IdType id = new IdType(encounter.getReference());
            if (!"Encounter".equals(id.getResourceType()) || !id.hasIdPart()) {
                throw new DuiRequestException(DuiError.INVALID_REQUEST, "Le séjour est une référence Encounter/<id>.");
            }
            Encounter sejour = daos.getResourceDao(Encounter.class)
                    .read(id.toUnqualifiedVersionless(), new SystemRequestDetails());
            if (!("Patient/" + patient)
                    .equals(sejour.getSubject()
                            .getReferenceElement()
                            .toUnqualifiedVersionless()
                            .getValue())) {
                throw new DuiRequestException(DuiError.INVALID_REQUEST, "Ce séjour n'est pas celui de cet usager.");
            }
            encounterId = id.getIdPart();
        }
        LaunchContexts.LaunchContext launch = launches.create(
                clientId == null ? null : clientId.getValue(),
                patient,
                encounterId,
                professional,
                clock.instant().plus(VALIDITY));
        Parameters result = new Parameters();
        result.addParameter().setName("launch").setValue(new StringType(launch.id()));
        result.addParameter().setName("expires").setValue(new InstantType(Date.from(launch.expires())));
        return result;
    }
}

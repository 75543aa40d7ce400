package fr.dui.server.security.habilitations;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import fr.dui.server.platform.errors.DuiError;
import fr.dui.server.platform.errors.DuiRequestException;
import fr.dui.server.platform.fhir.OperationProvider;
import fr.dui.server.security.access.CurrentCaller;
import fr.dui.server.security.access.DuiCaller;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code GET /fhir/$mes-droits[?usager=Patient/{id}]}: what the calling professional's habilitations allow, one
 * {@code categorie} per {@link DataCategory} with its {@code code}, {@code libelle} and {@code interactions} (letters
 * among {@code rcud}, {@code -} for none). Without {@code usager}, what some establishment of theirs allows; with it,
 * what they may do on that usager's data (care team, shared secret, oppositions and break-glass included). Apps use
 * it to offer only what the server will accept; the server still checks every request. Only professionals have
 * habilitations: anybody else is refused.
 */
public class MesDroitsOperation implements OperationProvider {

    public static final String NAME = "$mes-droits";
    static final String NOT_A_PROFESSIONAL =
            "$mes-droits décrit les habilitations d'un professionnel : ce jeton n'est pas celui d'un professionnel.";

    private final EntitlementsService entitlements;

    public MesDroitsOperation(EntitlementsService entitlements) {
        this.entitlements = entitlements;
    }

    @Operation(name = NAME, idempotent = true)
    public Parameters mesDroits(
            @OperationParam(name = "usager", min = 0, max = 1) StringType usager, RequestDetails request) {
        DuiCaller caller = CurrentCaller.get(request)
                .orElseThrow(() -> new DuiRequestException(DuiError.AUTHENTICATION_REQUIRED, null));
        String professional = caller.professional()
                .orElseThrow(() -> new DuiRequestException(DuiError.ACCESS_DENIED, NOT_A_PROFESSIONAL));
        Entitlements rights = entitlements.of(professional);
        Optional<String> patient = usagerId(usager);
        Parameters result = new Parameters();
        for (DataCategory category : DataCategory.values()) {
            Set<Interaction> allowed = EnumSet.noneOf(Interaction.class);
            for (Interaction interaction : Interaction.values()) {
                boolean allows = patient.isPresent()
                        ? rights.allows(category, interaction, patient.get())
                        : rights.allows(category, interaction);
                if (allows) {
                    allowed.add(interaction);
                }
            }
            Parameters.ParametersParameterComponent categorie =
                    result.addParameter().setName("categorie");
            categorie.addPart().setName("code").setValue(new CodeType(category.code()));
            categorie.addPart().setName("libelle").setValue(new StringType(category.label()));
            categorie.addPart().setName("interactions").setValue(new StringType(Interaction.format(allowed)));
        }
        return result;
    }

    /** {@code Patient/123}, {@code 123} or an absolute reference → {@code 123}. */
    static Optional<String> usagerId(StringType usager) {
        if (usager == null || usager.getValue() == null || usager.getValue().isBlank()) {
            return Optional.empty();
        }
        IdType id = new IdType(usager.getValue().strip());
        if ((id.hasResourceType() && !"Patient".equals(id.getResourceType())) || !id.hasIdPart()) {
            throw new DuiRequestException(
                    DuiError.INVALID_REQUEST,
                    "Paramètre usager invalide : attendu une référence Patient/{id} ou un identifiant de Patient.");
        }
        return Optional.of(id.getIdPart());
    }
}

package fr.dui.server.platform.conformance;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import fr.dui.server.platform.errors.DuiError;
import fr.dui.server.platform.errors.DuiRequestException;
import fr.dui.server.platform.fhir.StorageInterceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;

/**
 * The record keeps its shape: every resource of a type the DUI profiles is stored only if it declares one of the
 * DUI's profiles for that type and conforms to it. Otherwise the write is refused (422) with, in French, what is
 * wrong and where ({@code expression}). Registered on the storage layer, so transaction entries and internal writes
 * are checked too.
 */
@Interceptor
public class ProfileEnforcement implements StorageInterceptor {

    /** After the cheap business rules (identity vigilance...), which run at the default order 0. */
    static final int ORDER = 100;

    private final ProfileRegistry profiles;
    private final FhirValidator validator;

    public ProfileEnforcement(ProfileRegistry profiles, FhirValidator validator) {
        this.profiles = profiles;
        this.validator = validator;
    }

    @Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED, order = ORDER)
    public void created(IBaseResource resource) {
        enforce(resource);
    }

    @Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED, order = ORDER)
    public void updated(IBaseResource previous, IBaseResource resource) {
        enforce(resource);
    }

    void enforce(IBaseResource resource) {
        String type = resource.fhirType();
        Set<String> allowed = profiles.allowedProfiles(type);
        if (allowed.isEmpty()) {
            return;
        }
        Set<String> declared = resource.getMeta().getProfile().stream()
                .map(IPrimitiveType::getValueAsString)
                .map(url -> url.contains("|") ? url.substring(0, url.indexOf('|')) : url)
                .collect(Collectors.toSet());
        if (declared.stream().noneMatch(allowed::contains)) {
            String names = allowed.stream()
                    .map(url -> url.substring(url.lastIndexOf('/') + 1))
                    .collect(Collectors.joining(", "));
            throw new DuiRequestException(
                    DuiError.PROFILE_REQUIRED,
                    DuiError.PROFILE_REQUIRED.message(type, names),
                    List.of(issue(
                            IssueType.REQUIRED,
                            "Aucun profil du DUI déclaré (" + names + ")",
                            type + ".meta.profile",
                            null)));
        }

        ValidationResult result = validator.validateWithResult(resource);
        List<OperationOutcomeIssueComponent> errors = new ArrayList<>();
        for (SingleValidationMessage message : result.getMessages()) {
            if (message.getSeverity() == ResultSeverityEnum.ERROR
                    || message.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add(issue(
                        IssueType.INVARIANT,
                        FrenchValidationMessages.translate(message.getMessage()),
                        message.getLocationString(),
                        message.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            String first = errors.get(0).getDetails().getText();
            String where = errors.get(0).hasExpression()
                    ? " (" + errors.get(0).getExpression().get(0).getValue() + ")"
                    : "";
            throw new DuiRequestException(
                    DuiError.PROFILE_VALIDATION_FAILED,
                    DuiError.PROFILE_VALIDATION_FAILED.message(type, errors.size(), first + where),
                    errors);
        }
    }

    private static OperationOutcomeIssueComponent issue(
            IssueType type, String french, String location, String english) {
        OperationOutcomeIssueComponent issue = new OperationOutcomeIssueComponent()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(type)
                .setDetails(new CodeableConcept().setText(french));
        if (location != null && !location.isBlank()) {
            issue.addExpression(location);
        }
        if (english != null) {
            issue.setDiagnostics(english);
        }
        return issue;
    }
}

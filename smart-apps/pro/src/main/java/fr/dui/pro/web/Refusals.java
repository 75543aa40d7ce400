package fr.dui.pro.web;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import fr.dui.pro.fhir.FhirErrors;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.ui.Model;

/**
 * A form's write the DUI may refuse (invalid for its profile: 422, or a bad request: 400): the page shows the form
 * again with the DUI's French reason, the entries kept. Other errors (403, the server unreachable) go to the error page.
 */
public final class Refusals {

    /** The model attribute the forms show their refusal from. */
    public static final String ATTRIBUTE = "refus";

    private Refusals() {}

    /** Runs the write: true if done; else false, with the DUI's reason (or {@code fallback}) in the model. */
    public static boolean written(Runnable write, Model model, String fallback) {
        return written(write, model, ATTRIBUTE, fallback);
    }

    /** As {@link #written(Runnable, Model, String)}, the reason in the model as {@code attribute}. */
    public static boolean written(Runnable write, Model model, String attribute, String fallback) {
        return attempted(
                        () -> {
                            write.run();
                            return Boolean.TRUE;
                        },
                        model,
                        attribute,
                        fallback)
                .isPresent();
    }

    /** The write's result; or empty, with the DUI's reason (or {@code fallback}) in the model as {@code attribute}. */
    public static <T> Optional<T> attempted(Supplier<T> write, Model model, String attribute, String fallback) {
        try {
            return Optional.of(write.get());
        } catch (UnprocessableEntityException | InvalidRequestException e) {
            String reason = FhirErrors.message(e);
            model.addAttribute(attribute, reason == null ? fallback : reason);
            return Optional.empty();
        }
    }
}

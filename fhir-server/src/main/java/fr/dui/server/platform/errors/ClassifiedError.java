package fr.dui.server.platform.errors;

/**
 * What an exception means for the caller.
 *
 * @param error the DUI error
 * @param message the French message, details included
 */
public record ClassifiedError(DuiError error, String message) {

    static ClassifiedError of(DuiError error, Object... args) {
        return new ClassifiedError(error, error.message(args));
    }
}

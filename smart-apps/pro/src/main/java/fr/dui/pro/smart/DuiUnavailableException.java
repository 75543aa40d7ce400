package fr.dui.pro.smart;

/** The DUI did not answer as a SMART server should (down, or misconfigured). */
public class DuiUnavailableException extends RuntimeException {

    public DuiUnavailableException(String detail) {
        super(detail);
    }
}

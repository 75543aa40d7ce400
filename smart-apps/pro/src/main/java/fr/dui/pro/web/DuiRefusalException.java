package fr.dui.pro.web;

/**
 * The DUI refused what a screen needs (habilitations, an opposition, no such record): the person gets a French page
 * (403) with this title and the DUI's reason.
 */
public abstract class DuiRefusalException extends RuntimeException {

    private final String title;

    protected DuiRefusalException(String title, String frenchReason) {
        super(frenchReason);
        this.title = title;
    }

    public String title() {
        return title;
    }
}

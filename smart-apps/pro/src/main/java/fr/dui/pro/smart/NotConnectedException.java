package fr.dui.pro.smart;

/** No SMART session (never launched, or it ended): the person starts a launch again. */
public class NotConnectedException extends RuntimeException {

    public NotConnectedException() {
        super("Pas de session SMART");
    }
}

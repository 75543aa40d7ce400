package fr.dui.pro.smart;

/** A launch the app refuses or the DUI refused; the message is French and shown as is. */
public class LaunchRefusedException extends RuntimeException {

    public LaunchRefusedException(String frenchMessage) {
        super(frenchMessage);
    }
}

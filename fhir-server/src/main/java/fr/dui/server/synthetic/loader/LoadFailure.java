package fr.dui.server.synthetic.loader;

/** The load cannot go on; the message, in French, says why. */
public final class LoadFailure extends RuntimeException {

    public LoadFailure(String message) {
        super(message);
    }
}

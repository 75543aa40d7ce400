package fr.dui.pro.transmissions;

/** The DUI refused the professional the team's transmissions (habilitations). */
public class FeedRefusedException extends RuntimeException {

    public FeedRefusedException(String frenchReason) {
        super(frenchReason == null ? "Le DUI ne vous ouvre pas les transmissions." : frenchReason);
    }
}

package fr.dui.pro.transmissions;

import fr.dui.pro.web.DuiRefusalException;

/** The DUI refused the professional the team's transmissions (habilitations). */
public class FeedRefusedException extends DuiRefusalException {

    public FeedRefusedException(String frenchReason) {
        super(
                "Transmissions non accessibles",
                frenchReason == null ? "Le DUI ne vous ouvre pas les transmissions." : frenchReason);
    }
}

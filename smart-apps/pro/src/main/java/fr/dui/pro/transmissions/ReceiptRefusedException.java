package fr.dui.pro.transmissions;

import fr.dui.pro.web.DuiRefusalException;

/** The DUI refused to store a read receipt. */
public class ReceiptRefusedException extends DuiRefusalException {

    public ReceiptRefusedException(String frenchReason) {
        super("Transmissions non accessibles", frenchReason);
    }
}

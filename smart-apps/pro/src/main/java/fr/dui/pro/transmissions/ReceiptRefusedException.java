package fr.dui.pro.transmissions;

/** The DUI refused to store a read receipt. */
public class ReceiptRefusedException extends RuntimeException {

    public ReceiptRefusedException(String frenchReason) {
        super(frenchReason);
    }
}

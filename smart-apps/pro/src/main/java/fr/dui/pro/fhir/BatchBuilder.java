package fr.dui.pro.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.Bundle;

/** A {@code batch} Bundle of reads and searches, built entry by entry; the answer keeps the order. */
public final class BatchBuilder {

    private final Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);

    /** Adds a GET of this relative URL (its parameter values already encoded with {@link #enc}); returns its index. */
    public int get(String url) {
        batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl(url);
        return batch.getEntry().size() - 1;
    }

    public Bundle build() {
        return batch;
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

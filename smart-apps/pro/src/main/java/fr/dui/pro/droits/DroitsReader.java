package fr.dui.pro.droits;

import static fr.dui.pro.fhir.BatchBuilder.enc;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import fr.dui.pro.fhir.BatchAnswer;
import fr.dui.pro.fhir.BatchBuilder;
import fr.dui.pro.fhir.DuiFhir;
import fr.dui.pro.smart.SmartContext;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reads the professional's rights once per screen: on the usager in context, or in general when there is none (what
 * some establishment of theirs allows); as an entry of the screen's batch where it sends one, otherwise with one GET.
 * The rights read are kept for the request and shown to the page as {@code droits} ({@link DroitsModel}): its
 * navigation leaves out what they do not open.
 */
@Component
public class DroitsReader {

    static final String ATTRIBUTE = DroitsReader.class.getName();
    static final String OPERATION = "$mes-droits";

    private final DuiFhir fhir;

    public DroitsReader(DuiFhir fhir) {
        this.fhir = fhir;
    }

    /** Adds the GET of the rights on this usager to a batch; returns its index. */
    public int demander(BatchBuilder batch, String patientId) {
        return batch.get(url(patientId));
    }

    /**
     * Adds the GET of the rights the page shows to a batch: on the usager in context, else in general; returns its
     * index.
     */
    public int demander(BatchBuilder batch, SmartContext smart) {
        return smart.hasPatient() ? demander(batch, smart.patient()) : demanderEnGeneral(batch);
    }

    /** The relative URL of the rights on this usager, for a batch entry. */
    public static String url(String patientId) {
        return OPERATION + "?usager=" + enc("Patient/" + patientId);
    }

    /**
     * Adds the GET of the professional's rights in general (what some establishment of theirs allows: the waiting
     * list, a new application, before any usager) to a batch; returns its index.
     */
    public int demanderEnGeneral(BatchBuilder batch) {
        return batch.get(OPERATION);
    }

    /**
     * The rights the batch answered at this position ({@link Droits#INCONNUS} if refused), kept as the page's: they
     * must be the rights {@link #demander(BatchBuilder, SmartContext)} asks for.
     */
    public Droits lire(BatchAnswer answer, int index) {
        return remember(lireSeulement(answer, index));
    }

    /** The rights the batch answered at this position, not kept as the page's (other rights than the page shows). */
    public static Droits lireSeulement(BatchAnswer answer, int index) {
        return answer.read(index, Parameters.class).map(Droits::of).orElse(Droits.INCONNUS);
    }

    /**
     * The rights on the usager in context (in general when there is none), read at most once per request: the page's
     * batch brought them, else one GET.
     */
    public Droits pour(SmartContext smart) {
        Droits known = current();
        if (known != null) {
            return known;
        }
        try {
            var operation = fhir.client(smart).operation().onServer().named(OPERATION);
            Parameters answer = (smart.hasPatient()
                            ? operation.withParameter(
                                    Parameters.class, "usager", new StringType("Patient/" + smart.patient()))
                            : operation.withNoParameters(Parameters.class))
                    .useHttpGet()
                    .execute();
            return remember(Droits.of(answer));
        } catch (BaseServerResponseException e) {
            return remember(Droits.INCONNUS); // the DUI will refuse what it must
        }
    }

    /** The rights read during this request, or null. */
    static Droits current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : (Droits) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }

    private static Droits remember(Droits droits) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, droits, RequestAttributes.SCOPE_REQUEST);
        }
        return droits;
    }
}

package fr.dui.pro.web;

import fr.dui.pro.fhir.FhirRequestMeter;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.smart.SmartSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's frame shows: who is connected, the usager in context, the FHIR requests of the page. */
@ControllerAdvice
class PageModel {

    private final SmartSession smartSession;
    private final FhirRequestMeter meter;

    PageModel(SmartSession smartSession, FhirRequestMeter meter) {
        this.smartSession = smartSession;
        this.meter = meter;
    }

    @ModelAttribute("smart")
    SmartContext smart(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : smartSession.context(session).orElse(null);
    }

    @ModelAttribute("meter")
    FhirRequestMeter meter() {
        return meter;
    }
}

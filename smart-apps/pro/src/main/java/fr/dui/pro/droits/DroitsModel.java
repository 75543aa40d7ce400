package fr.dui.pro.droits;

import fr.dui.pro.smart.SmartSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every page of a session the professional's rights ({@code droits}): the navigation leaves out the screens
 * whose data cannot be read, the screens what cannot be done. They are those the page's controller read (an entry of
 * its batch, as every screen that sends one asks for them), else one GET of {@code $mes-droits} for a page that read
 * none (a form shown without any FHIR request). A page without session (no {@code smart} in its model) has no
 * navigation and reads none.
 */
@Configuration
class DroitsModel implements WebMvcConfigurer, HandlerInterceptor {

    private final DroitsReader reader;
    private final SmartSession smartSession;

    DroitsModel(DroitsReader reader, SmartSession smartSession) {
        this.reader = reader;
        this.smartSession = smartSession;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null
                || view.getViewName() == null
                || view.getViewName().startsWith("redirect:")
                || view.getModel().get("smart") == null
                || view.getModel().containsKey("droits")) {
            return;
        }
        Droits droits = DroitsReader.current();
        HttpSession session = request.getSession(false);
        if (droits == null && session != null) {
            // the context as the controller left it (its token refreshed); a refused token gives unknown rights
            droits = smartSession.context(session).map(reader::pour).orElse(null);
        }
        if (droits != null) {
            view.addObject("droits", droits);
        }
    }
}

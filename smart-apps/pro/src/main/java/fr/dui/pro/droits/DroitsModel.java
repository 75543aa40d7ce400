package fr.dui.pro.droits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every page the rights its controller read ({@code droits}, absent when none were read): the navigation
 * leaves out the screens whose data cannot be read, the screens what cannot be done.
 */
@Configuration
class DroitsModel implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        Droits droits = DroitsReader.current();
        boolean redirect =
                view != null && view.getViewName() != null && view.getViewName().startsWith("redirect:");
        if (view != null && !redirect && droits != null && !view.getModel().containsKey("droits")) {
            view.addObject("droits", droits);
        }
    }
}

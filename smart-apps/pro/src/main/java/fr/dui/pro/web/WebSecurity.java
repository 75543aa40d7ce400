package fr.dui.pro.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The app has no accounts of its own (the DUI authenticates people during the launch); Spring Security only guards
 * its forms against cross-site requests (CSRF tokens) and sets the protective headers.
 */
@Configuration
class WebSecurity {

    @Bean
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(r -> r.anyRequest().permitAll())
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                        + " form-action 'self'; frame-ancestors 'none'")))
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable());
        return http.build();
    }
}

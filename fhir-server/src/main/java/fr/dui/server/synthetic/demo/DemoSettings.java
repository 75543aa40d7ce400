package fr.dui.server.synthetic.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode settings.
 *
 * @param enabled load a synthetic establishment and create demo accounts at first start ({@code DUI_DEMO}); also
 *     makes the server accept INS of the INSi test system unless {@code DUI_IDENTITY_ACCEPT_TEST_INS} says otherwise
 * @param size the population size ({@code ehpad-30}, {@code og-4}...; {@code DUI_DEMO_SIZE})
 * @param seed the population seed ({@code DUI_DEMO_SEED})
 */
@ConfigurationProperties("dui.demo")
public record DemoSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("ehpad-30") String size,
        @DefaultValue("1") long seed) {}

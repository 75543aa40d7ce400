package fr.dui.server.platform;

import fr.dui.server.platform.fulltext.HibernateSearchProperties;
import fr.dui.server.platform.packages.FhirPackageInstaller;
import fr.dui.server.platform.packages.InstalledGuide;
import fr.dui.server.platform.storage.ResolvedDatabase;
import java.lang.management.ManagementFactory;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says, once the server is ready, what it runs on: database, full-text index, FHIR packages, address. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger("fr.dui.server");

    private final ResolvedDatabase database;
    private final HibernateSearchProperties fullText;
    private final FhirPackageInstaller packages;
    private final DataSettings data;

    StartupReport(
            ResolvedDatabase database,
            HibernateSearchProperties fullText,
            FhirPackageInstaller packages,
            DataSettings data) {
        this.database = database;
        this.fullText = fullText;
        this.packages = packages;
        this.data = data;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : -1;
        log.info(
                "DUI FHIR server ready in {} ms at http://localhost:{}/fhir (Java {})",
                ManagementFactory.getRuntimeMXBean().getUptime(),
                port,
                Runtime.version());
        log.info("  database : {} — {}", database.kind().label(), database.safeUrl());
        log.info("  full text: {}", fullText.describe());
        log.info(
                "  packages : {}",
                packages.installed().stream()
                        .map(InstalledGuide::id)
                        .map(Object::toString)
                        .collect(Collectors.joining(", ")));
        log.info("  data dir : {}", data.root());
    }
}

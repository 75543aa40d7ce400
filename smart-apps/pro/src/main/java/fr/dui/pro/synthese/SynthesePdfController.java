package fr.dui.pro.synthese;

import fr.dui.pro.fhir.Texts;
import fr.dui.pro.settings.ProSettings;
import fr.dui.pro.smart.SmartContext;
import fr.dui.pro.smart.SmartSession;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** GAD-3 / HAB-3: the fiche de synthèse as a PDF, from the same single batch request as the page. */
@Controller
class SynthesePdfController {

    private final SmartSession smartSession;
    private final SyntheseReader reader;
    private final ProSettings settings;
    private final Clock clock;

    SynthesePdfController(SmartSession smartSession, SyntheseReader reader, ProSettings settings, Clock clock) {
        this.smartSession = smartSession;
        this.reader = reader;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/synthese.pdf")
    ResponseEntity<byte[]> pdf(HttpSession session) {
        SmartContext smart = smartSession.fresh(session);
        if (!smart.hasPatient()) {
            return ResponseEntity.notFound().build();
        }
        Synthese synthese = reader.read(smart, smart.patient());
        byte[] pdf = SynthesePdf.render(synthese, Texts.dayTime(Date.from(clock.instant()), settings.zone()));
        String name = "fiche-de-synthese-" + synthese.identite().nomUsuel().replaceAll("[^\\p{L}0-9]+", "-") + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}

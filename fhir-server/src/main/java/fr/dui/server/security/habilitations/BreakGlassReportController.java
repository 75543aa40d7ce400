package fr.dui.server.security.habilitations;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report of emergency accesses, for administrators and auditors: who opened which record, when, why, until when
 * ({@code text/csv}, newest first; {@code ?jours=30} by default).
 */
@RestController
public class BreakGlassReportController {

    public static final String PATH = "/admin/bris-de-glace";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final BreakGlassStore store;
    private final Clock clock;

    public BreakGlassReportController(BreakGlassStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping(PATH)
    public ResponseEntity<String> report(@RequestParam(name = "jours", defaultValue = "30") int days) {
        Instant since = clock.instant().minus(Duration.ofDays(Math.max(1, Math.min(days, 3650))));
        StringBuilder out = new StringBuilder("professionnel;usager;debut;fin;justification\n");
        for (BreakGlassStore.Grant g : store.since(since)) {
            out.append(g.professional())
                    .append(';')
                    .append(g.usager())
                    .append(';')
                    .append(g.granted())
                    .append(';')
                    .append(g.expires())
                    .append(';')
                    .append(g.justification().replaceAll("[;\\r\\n]+", " "))
                    .append('\n');
        }
        return ResponseEntity.ok().contentType(CSV).body(out.toString());
    }
}

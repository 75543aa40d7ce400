package fr.dui.server.security.habilitations;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The habilitation matrix for administrators (HAB-1): read it as a table ({@code text/csv}, separator {@code ;}),
 * edit it in a spreadsheet, put it back whole. A matrix that cannot be read is refused with the line at fault, and
 * nothing changes. Every replacement is in the audit trail.
 */
@RestController
public class HabilitationAdminController {

    public static final String PATH = "/admin/habilitations";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final HabilitationStore store;
    private final EntitlementsService entitlements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public HabilitationAdminController(
            HabilitationStore store, EntitlementsService entitlements, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.entitlements = entitlements;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping(PATH)
    public ResponseEntity<String> matrix() {
        return ResponseEntity.ok().contentType(CSV).body(HabilitationMatrixCsv.format(store.all()));
    }

    @PutMapping(PATH)
    public ResponseEntity<String> replace(@RequestBody String table, Principal admin, HttpServletRequest request) {
        List<Habilitation> rows = HabilitationMatrixCsv.parse(table);
        store.replaceAll(rows);
        entitlements.invalidate();
        events.publishEvent(
                new HabilitationsChanged(clock.instant(), admin.getName(), rows.size(), request.getRemoteAddr()));
        return matrix();
    }

    @ExceptionHandler(HabilitationMatrixCsv.InvalidMatrix.class)
    ResponseEntity<ProblemDetail> invalid(HabilitationMatrixCsv.InvalidMatrix e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Matrice d'habilitations illisible : rien n'a été modifié");
        problem.setType(URI.create("https://dui-libre.fr/erreurs/matrice-habilitations-invalide"));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}

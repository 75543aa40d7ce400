package fr.dui.server.security.clients;

import fr.dui.server.security.smart.SmartScope;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * SMART clients, for administrators (JSON, HTTP Basic): list them, register or update one with the same declaration
 * as the clients file. Checked before anything is stored (French messages); secrets are never shown back; every
 * registration is in the audit trail.
 */
@RestController
public class ClientAdminController {

    public static final String PATH = "/admin/clients";
    private static final Set<String> KINDS = Set.of("public", "confidential", "backend", "service");
    private static final Set<String> OTHER_SCOPES =
            Set.of("openid", "fhirUser", "profile", "launch", "launch/patient", "offline_access", "online_access");

    /** What an administrator sees of a client. */
    public record ClientView(
            String clientId,
            String name,
            List<String> authenticationMethods,
            List<String> grantTypes,
            List<String> redirectUris,
            List<String> scopes) {}

    private final RegisteredClientRepository repository;
    private final ClientRegistrations registrations;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ClientAdminController(
            RegisteredClientRepository repository,
            ClientRegistrations registrations,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.registrations = registrations;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping(PATH)
    public List<ClientView> list() {
        return jdbc
                .queryForList("select client_id from oauth2_registered_client order by client_id", String.class)
                .stream()
                .map(repository::findByClientId)
                .map(ClientAdminController::view)
                .toList();
    }

    @PostMapping(PATH)
    public ResponseEntity<ClientView> register(
            @RequestBody ClientDeclaration declaration, Principal admin, HttpServletRequest http) {
        validate(declaration);
        boolean existed = repository.findByClientId(declaration.clientId()) != null;
        RegisteredClient client;
        try {
            client = registrations.register(declaration);
        } catch (IllegalArgumentException e) {
            throw new InvalidClient("Déclaration refusée : " + e.getMessage());
        }
        events.publishEvent(new ClientRegistered(
                clock.instant(), admin.getName(), declaration.clientId(), declaration.kind(), http.getRemoteAddr()));
        return existed
                ? ResponseEntity.ok(view(client))
                : ResponseEntity.created(URI.create(PATH + "/" + client.getClientId()))
                        .body(view(client));
    }

    @ExceptionHandler(InvalidClient.class)
    ResponseEntity<ProblemDetail> invalid(InvalidClient e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Application non enregistrée");
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static final class InvalidClient extends RuntimeException {
        InvalidClient(String message) {
            super(message);
        }
    }

    static void validate(ClientDeclaration d) {
        if (d == null || d.clientId() == null || !d.clientId().matches("[A-Za-z0-9._-]{3,100}")) {
            throw new InvalidClient("clientId invalide : 3 à 100 lettres, chiffres, points, tirets ou soulignés.");
        }
        if (!KINDS.contains(String.valueOf(d.kind()))) {
            throw new InvalidClient("kind invalide « " + d.kind() + " » : public, confidential, backend ou service.");
        }
        if (d.scopes() == null || d.scopes().isEmpty()) {
            throw new InvalidClient("scopes : au moins une portée.");
        }
        for (String scope : d.scopes()) {
            if (!OTHER_SCOPES.contains(scope) && SmartScope.parse(scope).isEmpty()) {
                throw new InvalidClient("Portée inconnue « " + scope + " ».");
            }
        }
        switch (d.kind()) {
            case "public", "confidential" -> {
                if (d.redirectUris() == null || d.redirectUris().isEmpty()) {
                    throw new InvalidClient(
                            "redirectUris : une application interactive déclare ses adresses de retour.");
                }
                for (String uri : d.redirectUris()) {
                    if (!secureOrLocal(uri)) {
                        throw new InvalidClient("Adresse de retour « " + uri
                                + " » refusée : https, ou http sur localhost / 127.0.0.1 seulement.");
                    }
                }
                if (d.kind().equals("confidential")) {
                    longSecret(d);
                }
            }
            case "service" -> longSecret(d);
            case "backend" -> {
                boolean inline = d.jwks() != null && !d.jwks().isBlank();
                if (!inline && (d.jwksUrl() == null || !d.jwksUrl().startsWith("https://"))) {
                    throw new InvalidClient(
                            "Un client backend donne ses clés publiques : jwks (JSON) ou jwksUrl (https).");
                }
                if (d.algorithm() != null && !Set.of("RS384", "ES384").contains(d.algorithm())) {
                    throw new InvalidClient("algorithm : RS384 ou ES384.");
                }
            }
            default -> throw new IllegalStateException(d.kind());
        }
    }

    private static void longSecret(ClientDeclaration d) {
        if (d.secret() == null || d.secret().length() < 16) {
            throw new InvalidClient("secret : 16 caractères au moins.");
        }
    }

    private static boolean secureOrLocal(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (parsed.getFragment() != null || parsed.getHost() == null) {
                return false;
            }
            return "https".equals(parsed.getScheme())
                    || ("http".equals(parsed.getScheme())
                            && Set.of("localhost", "127.0.0.1").contains(parsed.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ClientView view(RegisteredClient c) {
        return new ClientView(
                c.getClientId(),
                c.getClientName(),
                c.getClientAuthenticationMethods().stream()
                        .map(m -> m.getValue())
                        .sorted()
                        .toList(),
                c.getAuthorizationGrantTypes().stream()
                        .map(g -> g.getValue())
                        .sorted()
                        .toList(),
                c.getRedirectUris().stream().sorted().toList(),
                c.getScopes().stream().sorted().toList());
    }
}

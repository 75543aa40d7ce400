package fr.dui.server.synthetic.demo;

import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountChanged;
import fr.dui.server.security.accounts.AccountRepository;
import fr.dui.server.security.accounts.OneTimePasswords;
import fr.dui.server.synthetic.SyntheticPopulation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Demo accounts on the first establishment of the demo population: a doctor, a nurse, a care assistant (or the
 * first professions the establishment has) and one usager. Each gets a one-time password, returned once to be shown
 * in the log and changed at first login, like the first administrator's; an account that exists is left alone.
 */
public class DemoAccounts {

    /** A created account and its one-time password. */
    public record Created(String username, String who, String password) {}

    /** Login → professions it may stand for, in order of preference. */
    private static final Map<String, List<String>> PROFESSIONALS = professionals();

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DemoAccounts(
            AccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    private static Map<String, List<String>> professionals() {
        Map<String, List<String>> logins = new LinkedHashMap<>();
        logins.put("demo.medecin", List.of("TRE_A02|G15_10"));
        logins.put("demo.infirmier", List.of("TRE_A02|G15_60"));
        logins.put("demo.aide-soignant", List.of("TRE_R85|313", "TRE_R85|328"));
        logins.put("demo.educateur", List.of("TRE_R85|326", "TRE_R85|327"));
        logins.put("demo.direction", List.of("TRE_R85|359"));
        return logins;
    }

    /** Creates the demo accounts that do not exist yet; returns them with their passwords (empty the next time). */
    public List<Created> ensure(SyntheticPopulation population) {
        List<Created> created = new ArrayList<>();
        List<SyntheticPopulation.Professional> staff = population.staff(1);
        PROFESSIONALS.forEach((login, professions) -> first(staff, professions)
                .flatMap(p ->
                        create(login, Account.Kind.PROFESSIONAL, "PractitionerRole/" + p.roleId(), p.displayName()))
                .ifPresent(created::add));
        SyntheticPopulation.Usager usager = population.firstUsager(1);
        create("demo.usager", Account.Kind.USAGER, "Patient/" + usager.patientId(), usager.displayName())
                .ifPresent(created::add);
        return created;
    }

    private static Optional<SyntheticPopulation.Professional> first(
            List<SyntheticPopulation.Professional> staff, List<String> professions) {
        for (String profession : professions) {
            Optional<SyntheticPopulation.Professional> found = staff.stream()
                    .filter(p -> p.profession().equals(profession))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Created> create(String username, Account.Kind kind, String fhirUser, String displayName) {
        if (accounts.find(username).isPresent()) {
            return Optional.empty();
        }
        String password = OneTimePasswords.generate();
        accounts.create(Account.opened(username, encoder.encode(password), kind, fhirUser, displayName, true));
        events.publishEvent(new AccountChanged(clock.instant(), "demo", "account-created", username, null));
        return Optional.of(new Created(username, displayName + " (" + fhirUser + ")", password));
    }
}

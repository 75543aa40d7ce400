package fr.dui.server.security.smart;

import fr.dui.server.security.SecuritySettings;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountRepository;
import fr.dui.server.security.habilitations.DataCategory;
import fr.dui.server.security.habilitations.EntitlementsService;
import fr.dui.server.security.habilitations.ProfessionalDirectory;
import fr.dui.server.security.psc.PscLogin;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The pages a person sees during a SMART launch, in French: login (with Pro Santé Connect when configured), consent,
 * logout; and the SMART style sheet.
 */
@Controller
class SmartPages {

    private final RegisteredClientRepository clients;
    private final SecuritySettings settings;

    private final AccountRepository accounts;
    private final EntitlementsService entitlements;
    private final ProfessionalDirectory directory;
    private final PscLogin psc;

    SmartPages(
            RegisteredClientRepository clients,
            SecuritySettings settings,
            AccountRepository accounts,
            EntitlementsService entitlements,
            ProfessionalDirectory directory,
            PscLogin psc) {
        this.psc = psc;
        this.accounts = accounts;
        this.entitlements = entitlements;
        this.directory = directory;
        this.clients = clients;
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("psc", psc.enabled());
        return "login";
    }

    /** Logging out (a form, for the CSRF token): apps send the person here to end their session with the server. */
    @GetMapping("/deconnexion")
    String logout() {
        return "deconnexion";
    }

    @GetMapping("/oauth2/consent")
    String consent(
            Principal principal,
            Model model,
            @RequestParam("client_id") String clientId,
            @RequestParam("scope") String scope,
            @RequestParam("state") String state) {
        RegisteredClient client = clients.findByClientId(clientId);
        List<Map<String, String>> asked = new ArrayList<>();
        for (String s :
                Arrays.stream(scope.split(" ")).filter(x -> !x.isBlank()).toList()) {
            if (!"openid".equals(s)) {
                asked.add(Map.of("value", s, "label", ScopeLabels.french(s)));
            }
        }
        model.addAttribute("clientId", clientId);
        model.addAttribute("clientName", client == null ? clientId : client.getClientName());
        model.addAttribute("state", state);
        model.addAttribute("scopes", asked);
        model.addAttribute("openid", scope.contains("openid"));
        model.addAttribute("user", principal.getName());
        model.addAttribute("usagers", List.of());
        if (Arrays.asList(scope.split(" ")).contains("launch/patient")) {
            accounts.find(principal.getName())
                    .filter(a -> a.kind() == Account.Kind.PROFESSIONAL)
                    .map(Account::fhirUser)
                    .ifPresent(p -> model.addAttribute(
                            "usagers",
                            directory.usagerLabels(
                                    entitlements.of(p).readableUsagers(Set.of(DataCategory.ADMINISTRATIF)))));
        }
        return "consent";
    }

    @GetMapping(value = "/smart-style.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> smartStyle() {
        return Map.of(
                "color_background", "#ffffff",
                "color_error", "#c3281e",
                "color_highlight", "#0b6bcb",
                "color_modal_backdrop", "rgba(0,0,0,0.5)",
                "color_success", "#1b7f3b",
                "color_text", "#1e1e1e",
                "dim_border_radius", "6px",
                "dim_font_size", "16px",
                "dim_spacing_size", "16px",
                "font_family_body", "Marianne, Arial, sans-serif");
    }
}

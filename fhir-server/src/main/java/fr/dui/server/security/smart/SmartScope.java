package fr.dui.server.security.smart;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SMART clinical scope, v1 ({@code patient/Observation.read}, {@code user/*.write}, {@code system/*.*}) or v2
 * ({@code patient/Observation.rs}, {@code user/*.cruds}, {@code patient/Observation.rs?category=vital-signs}).
 *
 * @param context whose data: the patient in context, what the user may see, or the whole system
 * @param resourceType a resource type, or {@code *}
 * @param permissions create, read, update, delete, search
 * @param query a v2 restriction such as {@code category=vital-signs}, or empty
 */
public record SmartScope(Context context, String resourceType, Set<Permission> permissions, Optional<String> query) {

    private static final Pattern SCOPE =
            Pattern.compile("^(patient|user|system)/([A-Za-z]+|\\*)\\.(read|write|\\*|c?r?u?d?s?)(\\?(.+))?$");

    public enum Context {
        PATIENT,
        USER,
        SYSTEM
    }

    public enum Permission {
        CREATE,
        READ,
        UPDATE,
        DELETE,
        SEARCH
    }

    /** The scope, or empty when the text is not a clinical scope (openid, launch, offline_access...). */
    public static Optional<SmartScope> parse(String scope) {
        Matcher m = SCOPE.matcher(scope);
        if (!m.matches() || m.group(3).isEmpty()) {
            return Optional.empty();
        }
        Context context = Context.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        Set<Permission> permissions = switch (m.group(3)) {
            case "read" -> EnumSet.of(Permission.READ, Permission.SEARCH);
            case "write" -> EnumSet.of(Permission.CREATE, Permission.UPDATE, Permission.DELETE);
            case "*" -> EnumSet.allOf(Permission.class);
            default -> v2(m.group(3));
        };
        if (m.group(5) != null && m.group(3).matches("read|write|\\*")) {
            return Optional.empty(); // queries exist only in v2 syntax
        }
        return Optional.of(new SmartScope(context, m.group(2), permissions, Optional.ofNullable(m.group(5))));
    }

    private static Set<Permission> v2(String letters) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (char c : letters.toCharArray()) {
            permissions.add(
                    switch (c) {
                        case 'c' -> Permission.CREATE;
                        case 'r' -> Permission.READ;
                        case 'u' -> Permission.UPDATE;
                        case 'd' -> Permission.DELETE;
                        default -> Permission.SEARCH;
                    });
        }
        return permissions;
    }

    public boolean appliesTo(String type) {
        return "*".equals(resourceType) || resourceType.equals(type);
    }

    /** Whether this scope grants no more than {@code other} (used to refuse escalation on refresh). */
    public boolean isWithin(SmartScope other) {
        return context == other.context
                && other.appliesTo(resourceType)
                && ("*".equals(other.resourceType) || !"*".equals(resourceType))
                && other.permissions.containsAll(permissions)
                && (other.query.isEmpty() || other.query.equals(query));
    }
}

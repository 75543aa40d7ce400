package fr.dui.server.support;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link SharedServer} once per test JVM (the first test class that needs it starts it, the end of the
 * run stops it and drops its database) and injects it into test constructors and methods.
 */
public final class DuiServerExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(DuiServerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SharedServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    private static SharedServer server(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NS);
        Object holder = store.getOrComputeIfAbsent("server", key -> start(), Object.class);
        if (holder instanceof Unavailable unavailable) {
            Assumptions.abort(unavailable.reason());
        }
        if (holder instanceof Failed failed) {
            throw new IllegalStateException("The shared DUI server failed to start", failed.cause());
        }
        return ((Started) holder).server();
    }

    private static Object start() {
        ItDatabase database;
        try {
            database = ItDatabase.fromSystemProperty();
        } catch (ItDatabase.NoDatabaseAvailable e) {
            String banner = "\n" + "!".repeat(100) + "\n!! SKIPPED: " + e.getMessage() + "\n" + "!".repeat(100);
            System.err.println(banner);
            return new Unavailable(e.getMessage());
        }
        try {
            return new Started(new SharedServer(database));
        } catch (RuntimeException e) {
            database.close();
            return new Failed(e);
        }
    }

    /** Remembered so that the next test classes fail at once instead of starting the server again. */
    private record Failed(Throwable cause) {}

    private record Unavailable(String reason) {}

    private record Started(SharedServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }
}

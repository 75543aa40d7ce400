package fr.dui.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.support.DuiFixtures;
import fr.dui.server.support.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps its data: the packaged server, started with nothing but a data folder, is written to,
 * stopped the way a service manager stops it, started again, and still has the data, full-text index included.
 */
class EmbeddedRestartIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void dataSurvivesAGracefulRestart() throws Exception {
        Path data = work.resolve("data");
        String word = "restart" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id;

        try (ServerProcess first = ServerProcess.start(data, List.of())) {
            HttpResponse<String> created = send(
                    first,
                    HttpRequest.newBuilder(URI.create(first.baseUrl() + "/fhir/Patient"))
                            .header("Authorization", "Bearer " + first.accessToken())
                            .header("Content-Type", "application/fhir+json")
                            .header("Prefer", "return=representation")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    DuiFixtures.usagerJson(word, "Redemarrage", "1945-06-01"))));
            assertThat(created.statusCode()).isEqualTo(201);
            id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/Patient/([^/]+)/.*", "$1");
            System.out.printf(
                    "[dui-it] embedded default, empty data folder: /fhir/metadata answered %d ms after process"
                            + " start, %d MiB resident%n",
                    first.startupMillis(), first.residentMiB());

            String log = first.stop();
            assertThat(log).contains("Graceful shutdown complete");
        }

        try (ServerProcess second = ServerProcess.start(data, List.of())) {
            System.out.printf(
                    "[dui-it] embedded default, restart: /fhir/metadata answered %d ms after process start, %d MiB"
                            + " resident%n",
                    second.startupMillis(), second.residentMiB());
            String token = second.accessToken();
            HttpResponse<String> read = send(
                    second,
                    HttpRequest.newBuilder(URI.create(second.baseUrl() + "/fhir/Patient/" + id))
                            .header("Authorization", "Bearer " + token)
                            .GET());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains(word);

            HttpResponse<String> fullText = send(
                    second,
                    HttpRequest.newBuilder(URI.create(second.baseUrl() + "/fhir/Patient?_content=" + word))
                            .header("Authorization", "Bearer " + token)
                            .GET());
            assertThat(fullText.body()).contains(id);
            second.stop();
        }
    }

    private HttpResponse<String> send(ServerProcess server, HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

package my.etika.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Etika's REST API as one officer calls it: HTTP Basic with the officer's login and directory password on every
 * request (the API is stateless), JSON in and out. Each call is timed from just before the request is handed to
 * the HTTP client until the whole response body has been read, and recorded in the officer's {@link Samples};
 * failures also go to the {@link ErrorLog}.
 */
final class EtikaClient {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI api;
    private final ErrorLog errors;

    /** @param api the API's base, ending in {@code /api/v1/} */
    EtikaClient(HttpClient http, URI api, ErrorLog errors) {
        this.http = http;
        this.api = api;
        this.errors = errors;
    }

    /** One HTTP/1.1 client for all virtual officers: kept-alive connections, as browsers behind a proxy would. */
    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A response with a 2xx status, or {@code null} (already recorded as an error). */
    String get(RequestKind kind, String path, String login, String password, Samples samples) {
        return send(kind, HttpRequest.newBuilder(api.resolve(path)).GET(), login, password, samples);
    }

    String post(RequestKind kind, String path, String json, String login, String password, Samples samples) {
        return send(kind, HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), login, password, samples);
    }

    private String send(RequestKind kind, HttpRequest.Builder builder, String login, String password,
            Samples samples) {
        HttpRequest request = builder.timeout(TIMEOUT).header("Accept", "application/json")
                .header("Accept-Language", "ms").header("Authorization", basic(login, password))
                .header("User-Agent", "etika-bench-signing").build();
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            samples.add(kind, start, System.nanoTime() - start, 0);
            errors.exception(kind, login, e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            samples.add(kind, start, System.nanoTime() - start, 0);
            errors.exception(kind, login, e);
            return null;
        }
        samples.add(kind, start, System.nanoTime() - start, response.statusCode());
        if (response.statusCode() / 100 != 2) {
            errors.httpError(kind, login, response.statusCode(), response.body());
            return null;
        }
        return response.body();
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

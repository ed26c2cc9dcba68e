package my.etika.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A browser without a browser: cookies, redirects and Faces form posts over plain HTTP, pages parsed by jsoup. */
public final class WebSession {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** A page as the server answered it (after following redirects). */
    public record Page(int status, URI uri, Document document, String body) {

        public String text() {
            return document.text();
        }
    }

    public HttpResponse<String> raw(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Page get(String path) {
        return follow(raw(HttpRequest.newBuilder(EtikaServer.baseUri().resolve(path)).GET().build()));
    }

    /**
     * Submits a Faces form of {@code page}: its fields (hidden ones included, so the view state goes along), the
     * given values, and the button that was pressed.
     */
    public Page submit(Page page, String formId, Map<String, String> values, String buttonId) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("No form " + formId + " on " + page.uri() + ": " + page.text());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (!"submit".equals(type) && !"button".equals(type)) {
                fields.put(input.attr("name"), input.val());
            }
        }
        values.forEach((name, value) -> fields.put(formId + ":" + name, value));
        fields.put(formId + ":" + buttonId, "");
        String body = fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        URI action = page.uri().resolve(form.attr("action"));
        return follow(raw(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    /** Logs in through the login page and returns the page the server sent the officer to. */
    public Page logIn(String login, String password) {
        return submit(get("login.xhtml"), "login", Map.of("username", login, "password", password), "submit");
    }

    public Page switchLanguage(Page page, String buttonId) {
        return submit(page, "language", Map.of(), buttonId);
    }

    private Page follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3; hops++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            current = raw(HttpRequest.newBuilder(next).GET().build());
        }
        return new Page(current.statusCode(), current.uri(), Jsoup.parse(current.body(), current.uri().toString()),
                current.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
